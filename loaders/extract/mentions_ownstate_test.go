package extract

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestOwnStateAfterAgency checks that a known agency followed by "of" and
// its own state is that agency, the whole an alias, and that another
// state or a name going on leaves it alone.
func TestOwnStateAfterAgency(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, agency, alias string
		want                      bool
	}{
		{"own state after", "Talks\n\nWe agreed on it with the State Department of the United States yesterday.",
			"Department of State", "State Department of the United States", true},
		{"another state after", "Talks\n\nWe agreed on it with the State Department of Peru yesterday.",
			"Department of State", "State Department of Peru", false},
	} {
		x := ex.Extract(article(c.text))
		got := false
		for _, e := range x.Entities {
			if e.Name == c.agency && e.Type == schema.Agency && slices.Contains(e.Aliases, c.alias) {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%s: Extract(%q) entities = %+v, want %s alias %q: %v", c.name, c.text, x.Entities, c.agency, c.alias, c.want)
		}
	}
}
