package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestFormerNames checks that a group's former name written after it
// ("X (formerly Y)", "X, formerly Y,") is an alias of it, not a group of
// its own. All copy is invented.
func TestFormerNames(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ name, text, group, former string }{
		{"in parentheses", "H\nTreasury named the Cartel del Pacifico Sur (formerly Los Rastrojos) on Monday.", "Cartel del Pacifico Sur", "Los Rastrojos"},
		{"in apposition", "H\nTreasury named the Cartel del Pacifico Sur, formerly Los Rastrojos, on Monday.", "Cartel del Pacifico Sur", "Los Rastrojos"},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			n := 0
			for _, e := range x.Entities {
				if e.Type == schema.Cartel {
					n++
					if e.Name != c.group || !containsFold(e.Aliases, c.former) {
						t.Errorf("Extract(%q) entities = %+v, want %q with alias %q", c.text, x.Entities, c.group, c.former)
					}
				}
			}
			if n != 1 {
				t.Errorf("Extract(%q) entities = %+v, want one group", c.text, x.Entities)
			}
		})
	}
}
