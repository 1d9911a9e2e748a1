package extract

import "testing"

// TestJointAuthorsMet: "we met" under a heading of two leaders' joint
// statement is their meeting; under one author's, or in a quotation, it
// names no pair.
func TestJointAuthorsMet(t *testing.T) {
	w := []string{"Ana Ruiz|metWith|Tomas Herrera"}
	checkRelCases(t, []relCase{
		{name: "two leaders' joint statement",
			text: "Joint Statement by President Ana Ruiz of Paraguay and President Tomas Herrera of Bolivia on the Border Partnership\n\nWe met in Asuncion this week and agreed on a border plan.",
			want: w},
		{name: "one author",
			text: "Statement by President Ana Ruiz on the Border Partnership\n\nWe met in Asuncion this week with the border mayors. President Tomas Herrera of Bolivia sent a message.",
			not:  w},
		{name: "an occasion after the authors",
			text: "Joint Statement from Paraguay and Bolivia following the Meeting between President Ana Ruiz and President Tomas Herrera\n\nWe met in Asuncion this week and agreed on a border plan.",
			not:  []string{"Paraguay|metWith|Bolivia"}},
	})
}
