package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestStateMarkedBodyTypes checks that a commission, council, centre or
// institute named by a state ("U.S.", a state known to the gazetteer, a US
// state, "National", a demonym) and of a state's function is the state's
// agency, that a county's or city's board is a local government's agency,
// and that bodies of no state function stay organisations.
func TestStateMarkedBodyTypes(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, name string
		typ        schema.EntityType
	}{
		{"H\nThe U.S. Sentencing Commission revised its rules on Friday.", "U.S. Sentencing Commission", schema.Agency},
		{"H\nA report by the Ohio Criminal Justice Research Center counted 40 cases.", "Ohio Criminal Justice Research Center", schema.Agency},
		{"H\nThe Peruvian Drug Council met in Lima.", "Peruvian Drug Council", schema.Agency},
		{"H\nThe National Institute of Justice funded two studies.", "National Institute of Justice", schema.Agency},
		{"H\nThe Marlow County Commission voted to close the road.", "Marlow County Commission", schema.Agency},
		{"H\nThe Westbrook City Council approved the budget.", "Westbrook City Council", schema.Agency},
		{"H\nThe Ohio Arts Council opened a show.", "Ohio Arts Council", schema.Organization},
		{"H\nThe Peruvian Institute of Economics published a study.", "Peruvian Institute of Economics", schema.Organization},
	} {
		x := ex.Extract(article(c.text))
		if !hasEntity(x, c.name, c.typ) {
			t.Errorf("Extract(%q) entities = %+v, want %s %q", c.text, x.Entities, c.typ, c.name)
		}
	}
}
