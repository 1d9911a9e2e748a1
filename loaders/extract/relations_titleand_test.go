package extract

import "testing"

// TestTitleInnerAnd: an "and" between two capitalised words of one title
// does not end a list of office holders, on either side of the verb.
func TestTitleInnerAnd(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "subjects: a holder of two titles, the second opened by a modifier",
			text: "Readout\n\nToday, Policy Advisor Nora Quill, Director of Public Engagement and Senior Advisor Dov Brandt, and Director Lila Sorensen met with Governor Ray Pike.",
			want: []string{"Nora Quill|metWith|Ray Pike", "Dov Brandt|metWith|Ray Pike", "Lila Sorensen|metWith|Ray Pike"}},
		{name: "subjects: the last holder's title holds an and",
			text: "On Tuesday, Deputy Foreign Minister Ana Ruiz, Trade Advisor Tomas Herrera, and Undersecretary for Planning and Budget Marco Salas met with President Lucia Vargas of Paraguay in Asuncion.",
			want: []string{"Ana Ruiz|metWith|Lucia Vargas", "Tomas Herrera|metWith|Lucia Vargas", "Marco Salas|metWith|Lucia Vargas"}},
		{name: "objects: the second guest's title holds an and",
			text: "Secretary Ana Ruiz hosted Paraguay's Minister of Defense, Mr. Tomas Herrera, and Minister of Interior and Law, Ms. Lucia Vargas, at the ministry on March 3.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera", "Ana Ruiz|metWith|Lucia Vargas"}},
		{name: "a real coordinator between two named holders is unchanged",
			text: "Minister Ana Ruiz and Secretary Tomas Herrera met with President Lucia Vargas of Paraguay.",
			want: []string{"Ana Ruiz|metWith|Lucia Vargas", "Tomas Herrera|metWith|Lucia Vargas"},
			not:  []string{"Ana Ruiz|metWith|Tomas Herrera"}},
		{name: "a name that resolves to no one is not skipped as a title word",
			text: "President Ana Ruiz and President Marta Quispe Llanos of the Republic of Paraguay held a bilateral meeting.",
			not:  []string{"Ana Ruiz|metWith|Paraguay"}},
	})
}
