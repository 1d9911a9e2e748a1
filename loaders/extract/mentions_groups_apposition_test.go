package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestAppositiveGroupName checks that a name the text calls a criminal group in
// an apposition right after it is a group, and that a person, a place or a
// group of another kind is not.
func TestAppositiveGroupName(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, group string
		want              bool
	}{
		{"street gang", "Killing Charged\n\nRuiz acted as the hitman for Piedra Negra, a violent street gang, prosecutors said.", "Piedra Negra", true},
		{"affiliate of a cartel", "Killing Charged\n\nRuiz is associated with Halcones Rojos, a Peru-based affiliate of Tren de Aragua.", "Halcones Rojos", true},
		{"spaced dash", "Killing Charged\n\nThe indictment names 12 members of Costa Brava — an offshoot of MS-13 — in the plot.", "Costa Brava", true},
		{"gang member", "Killing Charged\n\nOfficers arrested Quispe Mamani, a gang member, in Lima.", "Quispe Mamani", false},
		{"stronghold", "Killing Charged\n\nVilla Serena, a cartel stronghold, saw 30 killings this year.", "Villa Serena", false},
		{"rights group", "Killing Charged\n\nThe lawyers of Voz Libre, a human rights group, objected.", "Voz Libre", false},
	} {
		x := ex.Extract(article(c.text))
		if got := hasNamed(x, c.group, schema.Cartel); got != c.want {
			t.Errorf("%s: Extract(%q) has group %q = %v, want %v (entities %+v)", c.name, c.text, c.group, got, c.want, x.Entities)
		}
	}
}
