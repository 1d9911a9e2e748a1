package extract

import "testing"

// TestOwnLegislature: a body working with its own state's legislature is
// no cooperation between parties; working with another body still is.
func TestOwnLegislature(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a department working with its own Congress",
			text: "The Department of State announced, working with the U.S. Congress, new funds for border posts.",
			not:  []string{"Department of State|cooperatesWith|U.S. Congress"}},
		{name: "a department working with another body",
			text: "The Department of State worked with the Drug Enforcement Administration to train border guards.",
			want: []string{"Department of State|cooperatesWith|Drug Enforcement Administration"}},
	})
}
