package extract

import "testing"

// TestHeadlineMeetings: a title-case headline's capitalised verb of
// meeting between two persons is their meeting; not between a person and
// a body, and not a verb of another kind.
func TestHeadlineMeetings(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "greets, over a possessive title",
			text: "Navy Secretary Ana Ruiz Welcomes Paraguay's Navy Commander Tomas Herrera\n\nThe two toured the shipyard on Monday.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera"}},
		{name: "meets with",
			text: "Gen. Ana Ruiz Meets With President Tomas Herrera During Visit to Paraguay\n\nThe general toured the border on Monday.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera"}},
		{name: "a body, not a person",
			text: "Secretary Ana Ruiz Meets Paraguay's Transitional Council\n\nThe secretary spoke in Asuncion.",
			not:  []string{"Ana Ruiz|metWith|Paraguay"}},
		{name: "another verb",
			text: "Secretary Ana Ruiz Thanks President Tomas Herrera\n\nThe secretary spoke in Asuncion.",
			not:  []string{"Ana Ruiz|metWith|Tomas Herrera"}},
	})
}
