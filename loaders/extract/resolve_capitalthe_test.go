package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestCapitalTheAlias checks that a body named after a capital "The"
// inside a sentence has that form as an alias, and that a sentence's
// opening "The" gives none. All copy is invented.
func TestCapitalTheAlias(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want       bool
	}{
		{"inside a sentence", "H\nAna Ruiz, a fellow at The Atlantic Council, said the plan would fail.", true},
		{"opening a sentence", "H\nThe Atlantic Council published a report on Monday.", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			found := false
			for _, e := range x.Entities {
				if e.Type != schema.Organization || e.Name != "Atlantic Council" {
					continue
				}
				for _, a := range e.Aliases {
					found = found || a == "The Atlantic Council"
				}
			}
			if found != c.want {
				t.Errorf("Extract(%q): alias \"The Atlantic Council\" = %v, want %v; entities %+v", c.text, found, c.want, x.Entities)
			}
		})
	}
}
