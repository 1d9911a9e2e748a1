package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestAidKindGiver: a state named before one or two words of the kind of
// aid ("military", "foreign") gives the aid the noun after them names;
// other words between a name and the noun name no giver.
func TestAidKindGiver(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a state's military support",
			text: "Officials said U.S. military support for Ecuador has expanded.",
			want: []string{"United States|supports|Ecuador"}},
		{name: "a headline of a state's foreign assistance",
			text: "Canada Continues Canadian Foreign Assistance for Bolivia, Peru, and Chile\n\nThe program began in 2019.",
			want: []string{"Canada|supports|Bolivia", "Canada|supports|Peru", "Canada|supports|Chile"}},
		{name: "a demonym of a state the text names",
			text: "Mexico announced the plan on Monday. Mexican humanitarian assistance to Guatemala rose by a third.",
			want: []string{"Mexico|supports|Guatemala"}},
		{name: "a verb and an adverb between a state and the noun",
			text: "Paraguay needs more support for Uruguay's police.",
			not:  []string{"Paraguay|supports|Uruguay"}},
	})
}
