package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestHyphenatedGroupName checks that a criminal group named by
// capitalised words joined by a hyphen before a lower-case head ("the
// Ruiz-Lagos cartel") is one group with the whole name, while a
// hyphenated place adjective ("the Mexico-based cartel") names none. All
// copy is invented.
func TestHyphenatedGroupName(t *testing.T) {
	cases := []struct {
		name, text, want string
		neg              bool
	}{
		{"two surnames", "Visit\n\nPolice said the Ruiz-Lagos cartel moved cocaine through Tijuana.\n", "Ruiz-Lagos", false},
		{"a given name after the hyphen", "Visit\n\nPolice said the Vega-Félix cartel moved cocaine through Tijuana.\n", "Vega-Félix", false},
		{"two names each of two words", "Visit\n\nPolice said the Tito Vega-Pepe Lagos cartel moved cocaine through Tijuana.\n", "Tito Vega-Pepe Lagos", false},
		{"not the last part alone", "Visit\n\nPolice said the Ruiz-Lagos cartel moved cocaine through Tijuana.\n", "Lagos", true},
	}
	ex := newExtractor(t)
	for _, c := range cases {
		x := ex.Extract(article(c.text))
		found := hasNamed(x, c.want, schema.Cartel)
		if found == c.neg {
			t.Errorf("%s: Extract(%q) entities = %+v, want %v of cartel %s", c.name, c.text, x.Entities, !c.neg, c.want)
		}
	}
}
