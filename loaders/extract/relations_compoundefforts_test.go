package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestCompoundEfforts: efforts or operations written right after a
// compound of two states, joined by a hyphen, a dash or a slash, are their
// cooperation; a compound naming a place before the noun is not.
func TestCompoundEfforts(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "hyphened compound before efforts",
			text: "Minister Ana Ruiz discussed Chile-Peru efforts to combat transnational crime.",
			want: []string{"Chile|cooperatesWith|Peru"}},
		{name: "slashed compound before efforts",
			text: "The team led joint Uruguay/Paraguay efforts on the ground.",
			want: []string{"Uruguay|cooperatesWith|Paraguay"}},
		{name: "a bilateral effort",
			text: "The arrest advances the bilateral Bolivia-Ecuador effort to dismantle the gang.",
			want: []string{"Bolivia|cooperatesWith|Ecuador"}},
		{name: "a place between the compound and the noun",
			text: "Officials praised the Chile-Argentina border security efforts of Argentina.",
			not:  []string{"Chile|cooperatesWith|Argentina"}},
		{name: "a slash before a noun that names no common act",
			text: "The Guatemala/Honduras border remains open.",
			not:  []string{"Guatemala|cooperatesWith|Honduras"}},
	})
}
