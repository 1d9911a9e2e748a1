package extract

import "testing"

// TestJoinedCompanions: "A joined B and met with C": B goes on to the
// meeting with A, so both met C; B is company, not someone A met.
func TestJoinedCompanions(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "joined a colleague and met a president",
			text: "Afterward, Secretary Ana Ruiz joined Secretary Tomas Herrera and met with President Lucia Vargas and Minister Pablo Ortega to discuss migration.",
			want: []string{"Ana Ruiz|metWith|Lucia Vargas", "Tomas Herrera|metWith|Lucia Vargas", "Tomas Herrera|metWith|Pablo Ortega"}},
		{name: "words between the one joined and the meeting",
			text: "Secretary Ana Ruiz joined Secretary Tomas Herrera on a tour of the port and met with President Lucia Vargas.",
			want: []string{"Ana Ruiz|metWith|Lucia Vargas"},
			not:  []string{"Tomas Herrera|metWith|Lucia Vargas"}},
	})
}
