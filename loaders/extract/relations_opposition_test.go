package extract

import "testing"

// TestOppositionIsNoState: people who oppose a state's government ("met
// opposition leaders from X") are no meeting with X, while a government
// named in the same list stays. The copy is invented.
func TestOppositionIsNoState(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "opposition leaders from a state",
			text: "While in Lima, Secretary Ana Vidal spoke with opposition leaders from Bolivia and members of the Bolivian diaspora in Peru.",
			not:  []string{"Ana Vidal|metWith|Bolivia"}},
		{name: "a minister before them stays",
			text: "While in Lima, Secretary Ana Vidal met with Foreign Minister Tomas Hale of Peru and exiled journalists from Bolivia.",
			want: []string{"Ana Vidal|metWith|Tomas Hale"},
			not:  []string{"Ana Vidal|metWith|Bolivia"}},
	})
}
