package extract

import "testing"

// TestCreditedState: gratitude or appreciation expressed for a state's
// efforts, congratulations to a person or on their success, are support
// of them; for an act described they are none.
func TestCreditedState(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "gratitude for a state's contributions",
			text: "Gen. Rosa Alvarez expressed gratitude for Paraguay's contributions to the peace mission.",
			want: []string{"Rosa Alvarez|supports|Paraguay"}},
		{name: "appreciation, with a word between",
			text: "The Secretary, Rosa Alvarez, expressed her deep appreciation for Uruguay's response to the floods.",
			want: []string{"Rosa Alvarez|supports|Uruguay"}},
		{name: "an act described, the state inside it",
			text: "Gen. Rosa Alvarez expressed appreciation for the important contribution Paraguay is making to the mission.",
			not:  []string{"Rosa Alvarez|supports|Paraguay"}},
		{name: "cooperation with a state",
			text: "President Tomas Herrera expressed great appreciation for cooperation with the United States on ports.",
			not:  []string{"Tomas Herrera|supports|United States"}},
		{name: "congratulations on her election",
			text: "President Mario Quispe met today with Prime Minister Lucia Vargas. Quispe expressed his congratulations on her election.",
			want: []string{"Mario Quispe|supports|Lucia Vargas"}},
		{name: "congratulations to a person",
			text: "President Ana Ruiz expressed congratulations to President Mario Quispe on the vote.",
			want: []string{"Ana Ruiz|supports|Mario Quispe"}},
		{name: "congratulations on an act described",
			text: "The minister, Ana Ruiz, expressed her congratulations on the success of the operation by Chile.",
			not:  []string{"Ana Ruiz|supports|Chile"}},
	})
}
