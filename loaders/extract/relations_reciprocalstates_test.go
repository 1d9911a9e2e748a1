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
