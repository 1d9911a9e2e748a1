package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestQuotedGroupName checks that a quoted name with a Spanish article
// before a group noun ("the “La Pantera” criminal gang") is a criminal
// group, while one standing alone is still a person's nickname. All copy
// is invented.
func TestQuotedGroupName(t *testing.T) {
	cases := []struct {
		name, text, want string
		typ              schema.EntityType
	}{
		{"criminal gang", "Visit\n\nA warrant identified him as a member of the “La Pantera” criminal gang organization of El Salvador.\n", "La Pantera", schema.Cartel},
		{"clique", "Visit\n\nHe belonged to the “Los Toros” clique in San Miguel.\n", "Los Toros", schema.Cartel},
		{"a nickname alone", "Visit\n\nPolice said the son of “El Gato” was arrested in Lima.\n", "El Gato", schema.Person},
	}
	ex := newExtractor(t)
	for _, c := range cases {
		x := ex.Extract(article(c.text))
		found := hasNamed(x, c.want, c.typ)
		if !found {
			t.Errorf("%s: Extract(%q) entities = %+v, want %s %s", c.name, c.text, x.Entities, c.typ, c.want)
		}
	}
}
