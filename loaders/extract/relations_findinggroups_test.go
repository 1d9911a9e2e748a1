package extract

import "testing"

// TestFindingUnnamedGroups: a named doer listed with a kind of group named
// only by its kind ("X and criminal organizations were responsible for")
// is still accused; the kind alone accuses no one. All copy is invented.
func TestFindingUnnamedGroups(t *testing.T) {
	const head = "Colombia 2031 Human Rights Report: g. Conflict-related Abuses\n\nThe Frente Andino guerrilla group operates in Narino. "
	checkRelCases(t, []relCase{
		{name: "named group and criminal organizations",
			text: head + "The Andean Rights Observatory reported the Frente Andino and criminal organizations were responsible for six cases of torture.",
			want: []string{"Andean Rights Observatory|accused|Frente Andino"}},
		{name: "named group and other armed groups",
			text: head + "The Andean Rights Observatory reported that the Frente Andino and other armed groups killed 12 persons.",
			want: []string{"Andean Rights Observatory|accused|Frente Andino"}},
		{name: "kind alone: none",
			text: head + "The Andean Rights Observatory reported that criminal organizations killed 12 persons.",
			not:  []string{"Andean Rights Observatory|accused|Frente Andino", "Andean Rights Observatory|accused|Colombia"}},
	})
}
