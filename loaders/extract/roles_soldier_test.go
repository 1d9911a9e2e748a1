package extract

import "testing"

// TestSoldierAtUnit checks that "soldier" and "sub inspector" head a title
// before a name: the post is the unit's the text names before it, and a
// soldier named only by his state holds no post of it. All copy is
// invented.
func TestSoldierAtUnit(t *testing.T) {
	report := "Uruguay 2031 Human Rights Report: Section 1. Arbitrary Deprivation of Life\n\n"
	checkRoles(t, []roleCase{
		{name: "unit's soldier",
			text:   report + "The Rapid Response Brigade (RRB) patrols the north. On March 4, prosecutors charged RRB soldier Anselmo Quiroz Leal with murder.",
			person: "Anselmo Quiroz Leal", org: "Rapid Response Brigade"},
		{name: "unit's sub inspector",
			text:   report + "The Rapid Response Brigade (RRB) patrols the north. On May 9, RRB sub inspector Ramon Ibarra Soto was arrested.",
			person: "Ramon Ibarra Soto", org: "Rapid Response Brigade"},
		{name: "a state's soldier",
			text:   report + "On May 9, police arrested former Paraguayan special forces soldier Ramon Ibarra Soto in Rivera.",
			person: "Ramon Ibarra Soto", org: "Paraguay", neg: true},
	})
}
