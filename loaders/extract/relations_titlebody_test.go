package extract

import "testing"

// TestTitleBodyHolder: a title that ends in its body, with the holder set
// off by a comma after it, names the holder as the actor, not the body.
func TestTitleBodyHolder(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a meeting between two titled holders",
			text: "The talks began with a meeting between the Minister of Foreign Affairs, Ambassador Ana Ruiz, and the Under Secretary for Political Affairs of the State Department, Ambassador Tomas Herrera, who reviewed the relationship.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera"},
			not:  []string{"Ana Ruiz|metWith|Department of State"}},
		{name: "met with the director of a body",
			text: "Minister Ana Ruiz met with Secretary Pablo Ortega and the director of the Drug Enforcement Administration, Tomas Herrera, on Monday.",
			want: []string{"Ana Ruiz|metWith|Pablo Ortega", "Ana Ruiz|metWith|Tomas Herrera"},
			not:  []string{"Ana Ruiz|metWith|Drug Enforcement Administration"}},
	})
}
