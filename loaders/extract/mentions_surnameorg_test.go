package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestSurnameOrg checks that "the X organization" is a criminal group when
// the text also writes X as a person's surname, and names nothing when it
// does not. All copy is invented.
func TestSurnameOrg(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want       bool
	}{
		{"a hyphenated surname",
			"H\nCarlos Vellan-Ortiz was extradited on Monday. Prosecutors said the men were part of the Vellan-Ortiz organization, one of the largest cocaine networks in the region.",
			true},
		{"no person of that name",
			"H\nProsecutors said the men were part of the Vellan-Ortiz organization, one of the largest cocaine networks in the region.",
			false},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if got := hasEntity(x, "Vellan-Ortiz organization", schema.Cartel); got != c.want {
				t.Errorf("Extract(%q): cartel %q = %v, want %v; entities %+v", c.text, "Vellan-Ortiz organization", got, c.want, x.Entities)
			}
		})
	}
}
