package extract

import "testing"

// TestAppositiveGroup: a relative clause after a group's description in
// apposition ("X, a criminal group that …") has the named group as its
// subject; not when the description is a member's.
func TestAppositiveGroup(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a group that",
			text: "The Gulf Cartel, a criminal group that attacked Los Zetas in 2010, still controls the area.",
			want: []string{"Gulf Cartel|attacked|Los Zetas"}},
		{name: "acronym and one of the",
			text: "The Clan del Golfo (AGC), one of the Colombian armed groups that attacked the Colombian Army last year, denied the report.",
			want: []string{"Clan del Golfo|attacked|National Army of Colombia"}},
		{name: "a member's description",
			text: "Police arrested Juan Ortiz, a member of a gang that attacked Barrio 18.",
			not:  []string{"Juan Ortiz|attacked|Barrio 18"}},
	})
}
