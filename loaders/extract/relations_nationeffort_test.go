package extract

import "testing"

// TestNationEffortAnaphor: "the nation's efforts" or "the country's
// fight" after a cue refers to the state named before, not to the owner
// of the phrase that governs it; "the country's police" is a body.
func TestNationEffortAnaphor(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "commitment to supporting the nation's efforts",
			text: "Gen. Ana Ruiz met with President Lucia Vargas of Ecuador on March 2 in Quito to discuss security and reaffirm the United States' strong commitment to supporting the nation's efforts to confront terrorism.",
			want: []string{"United States|supports|Ecuador"}},
		{name: "backing the country's fight",
			text: "Peru sent advisers to Ecuador in May. Chile also backs the country's fight against trafficking.",
			want: []string{"Chile|supports|Ecuador"}},
		{name: "the country's police is a body of its own",
			text: "Peru sent advisers to Ecuador in May. Chile also backs the country's police.",
			not:  []string{"Chile|supports|Ecuador"}},
	})
}

// TestDemonymEfforts: supporting a demonym's efforts ("Colombian efforts")
// supports that state; a demonym's body ("the Colombian police") or
// people met are not the state.
func TestDemonymEfforts(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "supports a demonym's efforts",
			text: "Peru and Bolivia met in Lima in May.\n\nChile supports Bolivian counternarcotics efforts along the border.",
			want: []string{"Chile|supports|Bolivia"}},
		{name: "backs a demonym's fight",
			text: "Peru and Bolivia met in Lima in May.\n\nChile backs the Bolivian fight against trafficking.",
			want: []string{"Chile|supports|Bolivia"}},
		{name: "a demonym's other thing",
			text: "Peru and Bolivia met in Lima in May.\n\nChile supports Bolivian mining companies.",
			not:  []string{"Chile|supports|Bolivia"}},
	})
}
