package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestMilitaryAdjective checks that "military" before a thing or a noun for
// people is an adjective ("a senior U.S. military officer", "the U.S.
// military mission"), while "the Ruritanian military" that acts is the
// armed force. All copy is invented.
func TestMilitaryAdjective(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		military   bool
	}{
		{"an officer", "H\nThe senior U.S. military officer for the region arrived in Guatemala on Monday.", false},
		{"leaders", "H\nSenior U.S. military leaders visited Honduras to review training.", false},
		{"a mission", "H\nThe general was briefed on the U.S. military mission in Honduras.", false},
		{"partners", "H\nThe admiral thanked U.S. military partners in Colombia.", false},
		{"the institution", "H\nThe U.S. military said on Monday that it had moved ships to the Caribbean.", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			got := false
			for _, e := range x.Entities {
				if e.Type == schema.Agency && containsFold(append([]string{e.Name}, e.Aliases...), "U.S. military") {
					got = true
				}
			}
			if got != c.military {
				t.Errorf("Extract(%q): U.S. military entity %v, want %v (%+v)", c.text, got, c.military, x.Entities)
			}
		})
	}
}
