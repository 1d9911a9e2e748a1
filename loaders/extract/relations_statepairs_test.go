package extract

import "testing"

// TestDropStatePairsMetInPerson: a meeting of two states' unnamed officials
// is the meeting of the officials the text then names; with none named
// the states keep it.
func TestDropStatePairsMetInPerson(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "officials of each side named",
			text: "QUITO – Ambassador Nora Blake hosted a meeting between senior U.S. and Ecuadorian officials on Monday. Ambassador Nora Blake met with Interior Minister Raul Ortega of Ecuador to discuss port security.",
			want: []string{"Nora Blake|metWith|Raul Ortega"},
			not:  []string{"United States|metWith|Ecuador"}},
		{name: "no official named: the states met",
			text: "Senior U.S. and Ecuadorian officials met in Quito on Monday to discuss port security.",
			want: []string{"United States|metWith|Ecuador"}},
	})
}
