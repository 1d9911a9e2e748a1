package extract

import "testing"

// TestOfCountryList: a person's country after the name does not end a
// list of actors; the list goes on to the next person.
func TestOfCountryList(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "each president of a state",
			text: "Foreign Minister Ana Ruiz met with President Tomas Herrera of Chile, President Lucia Vargas of Peru, and Prime Minister Pablo Ortega of Spain on Monday.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera", "Ana Ruiz|metWith|Lucia Vargas", "Ana Ruiz|metWith|Pablo Ortega"},
			not:  []string{"Ana Ruiz|metWith|Chile", "Ana Ruiz|metWith|Peru"}},
		{name: "a state with the article",
			text: "Secretary Ana Ruiz met with President Tomas Herrera of the Dominican Republic and President Lucia Vargas of Peru.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera", "Ana Ruiz|metWith|Lucia Vargas"}},
		{name: "a single person",
			text: "Secretary Ana Ruiz met with President Tomas Herrera of Chile to discuss migration.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera"},
			not:  []string{"Ana Ruiz|metWith|Chile"}},
	})
}

// TestOfCountryGroups: people grouped by state ("A and B of Chile, C of
// Peru") are all actors; a hyphened title does not end the list.
func TestOfCountryGroups(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "two of one state then another",
			text: "Secretary Ana Ruiz met today with President Tomas Herrera and President-Elect Lucia Vargas of Chile, President Pablo Ortega of Peru, and Prime Minister Marta Solis of Spain in Madrid.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera", "Ana Ruiz|metWith|Lucia Vargas", "Ana Ruiz|metWith|Pablo Ortega", "Ana Ruiz|metWith|Marta Solis"}},
	})
}
