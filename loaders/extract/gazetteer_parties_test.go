package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestRulingParties checks that the region's ruling parties and movements
// named by a short name or acronym are organisations, not people. All
// copy is invented.
func TestRulingParties(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want       []schema.Entity
		notPerson  []string
	}{
		{"a movement by its members' name",
			"Address on the Isthmus\n\nThe Sandinistas promised elections, and under Sandinista rule the candidates were jailed.",
			[]schema.Entity{{Name: "Sandinista National Liberation Front", Type: schema.Organization}}, []string{"Sandinista"}},
		{"a party by its acronym",
			"Harbour Arrests\n\nThe ARENA government ordered the raids, and the PSUV answered from Caracas.",
			[]schema.Entity{{Name: "Nationalist Republican Alliance", Type: schema.Organization}, {Name: "United Socialist Party of Venezuela", Type: schema.Organization}}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkEntities(t, c.text, ex.Extract(article(c.text)), c.want, nil)
			checkPersons(t, ex, c.text, nil, c.notPerson)
		})
	}
}
