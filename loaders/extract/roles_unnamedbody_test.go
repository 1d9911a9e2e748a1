package extract

import "testing"

// TestUnnamedBodyNoStatePost checks that an apposed title of a private body
// named by its kind alone gives no post at the state the text is about,
// while an apposed state office still does. All copy is invented.
func TestUnnamedBodyNoStatePost(t *testing.T) {
	report := "Honduras: Public Works\n\n"
	checkRoles(t, []roleCase{
		{name: "president of the company",
			text:   report + "In Honduras, the court acquitted Rodrigo Alvarado Paz, the former president of the company that paved the highway.",
			person: "Rodrigo Alvarado Paz", org: "Honduras", neg: true},
		{name: "director of a firm",
			text:   report + "In Honduras, police detained Lucia Reyes Mejia, the director of a firm that supplied the ministry.",
			person: "Lucia Reyes Mejia", org: "Honduras", neg: true},
		{name: "a state office still at the state",
			text:   report + "In Honduras, prosecutors charged Rodrigo Alvarado Paz, the former security minister, with fraud.",
			person: "Rodrigo Alvarado Paz", org: "Honduras"},
	})
}
