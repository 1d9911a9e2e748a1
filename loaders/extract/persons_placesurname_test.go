package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestPlaceEndsName checks that a capital's name written right after a
// person's name, with no comma or preposition, is the last surname and
// names no place, there and where the surname is repeated; a capital set
// off by a comma stays the place. All copy is invented.
func TestPlaceEndsName(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		person     string
		noPeru     bool
	}{
		{"name and surname again",
			"H\nOFAC designated Zorvan Quellat Lima, one of Honduras's most wanted drug traffickers, as a kingpin. Quellat Lima's two sons were also designated. Rewards are offered for Zorvan Quellat Lima and his sons.",
			"Zorvan Quellat Lima", true},
		{"a comma before the capital",
			"H\nOfficers said Ramon Quellat, Lima's police chief, resigned on Monday.",
			"Ramon Quellat", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkPersons(t, ex, c.text, []string{c.person}, nil)
			x := ex.Extract(article(c.text))
			if got := hasEntity(x, "Peru", schema.Government); got == c.noPeru {
				t.Errorf("Extract(%q): Peru named %v, want %v", c.text, got, !c.noPeru)
			}
		})
	}
}
