package extract

import "testing"

// TestOurCommitment: "X emphasized our commitment to working with Y" makes
// X's government the one that works with Y; a commitment of X's own stays
// X's.
func TestOurCommitment(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "our commitment in a readout of a call",
			text: "Peruvian Foreign Minister Ana Ruiz spoke with Bolivian Foreign Minister Lucia Vargas today. Minister Ruiz emphasized our commitment to working with Bolivia to address migration.",
			want: []string{"Peru|cooperatesWith|Bolivia"},
			not:  []string{"Ana Ruiz|cooperatesWith|Bolivia"}},
		{name: "her commitment stays the official's",
			text: "Peruvian Foreign Minister Ana Ruiz spoke with Bolivian Foreign Minister Lucia Vargas today. Minister Ruiz emphasized her commitment to working with Bolivia to address migration.",
			not:  []string{"Peru|cooperatesWith|Bolivia"}},
	})
}
