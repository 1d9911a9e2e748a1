package extract

import "testing"

// TestAndIActors: "A, B, and I" in a speaker's own words is the speaker,
// A and B; the speaker of a page is named by "Remarks by X" or by a
// headline "X Delivers Remarks".
func TestAndIActors(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "remarks by the speaker",
			text: "Remarks by Secretary Ana Ruiz at the Border Forum\n\nLast year, Secretary Tomas Herrera, Secretary Pablo Ortega, and I traveled to Santiago to meet with President Lucia Vargas.",
			want: []string{"Ana Ruiz|metWith|Lucia Vargas", "Tomas Herrera|metWith|Lucia Vargas", "Pablo Ortega|metWith|Lucia Vargas"}},
		{name: "a headline that delivers remarks",
			text: "Attorney General Ana Ruiz Delivers Remarks at the Border Forum\n\nGood afternoon.\n\nLast year, Secretary Tomas Herrera and I traveled to Santiago to meet with President Lucia Vargas.",
			want: []string{"Ana Ruiz|metWith|Lucia Vargas", "Tomas Herrera|metWith|Lucia Vargas"}},
		{name: "no speaker named",
			text: "Border news\n\nLast year, Secretary Tomas Herrera and I traveled to Santiago to meet with President Lucia Vargas.",
			want: []string{"Tomas Herrera|metWith|Lucia Vargas"}},
	})
}
