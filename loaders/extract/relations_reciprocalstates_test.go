package extract

import "testing"

// TestReciprocalStates: officials of different states said to cooperate
// with each other reciprocally make their states cooperate, not
// themselves; a meeting stays between the people.
func TestReciprocalStates(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "two presidents committed to work together",
			text: "President Ana Ruiz of Peru met President Lucia Vargas of Bolivia in Lima. President Ruiz and President Vargas committed to work together to address the challenges of the region.",
			want: []string{"Peru|cooperatesWith|Bolivia", "Ana Ruiz|metWith|Lucia Vargas"},
			not:  []string{"Ana Ruiz|cooperatesWith|Lucia Vargas"}},
		{name: "their commitment to bilateral cooperation",
			text: "President Ana Ruiz of Peru met President Lucia Vargas of Bolivia in Lima. The two presidents spoke about their continued commitment to strengthening bilateral cooperation.",
			want: []string{"Peru|cooperatesWith|Bolivia"},
			not:  []string{"Ana Ruiz|cooperatesWith|Lucia Vargas"}},
	})
}

// TestAccompanimentStates: an official of one state acting together with
// an official of another makes their states cooperate.
func TestAccompanimentStates(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a president together with a foreign secretary",
			text: "President Ana Ruiz of Peru met President Lucia Vargas of Bolivia in Lima. President Vargas, together with President Ruiz, opened the border crossing.",
			want: []string{"Peru|cooperatesWith|Bolivia"},
			not:  []string{"Ana Ruiz|cooperatesWith|Lucia Vargas"}},
		{name: "a body in coordination with a body is unchanged",
			text: "Peru's National Police, in coordination with the Drug Enforcement Administration, arrested Tomas Herrera.",
			want: []string{"Peruvian National Police|cooperatesWith|Drug Enforcement Administration"}},
	})
}
