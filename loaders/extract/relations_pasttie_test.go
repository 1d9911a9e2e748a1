package extract

import "testing"

// TestPastTie checks that a tie stated with an adverb putting it in the
// past ("who previously headed", "formerly led") gives no leads, while the
// same tie in the present does. All copy is invented.
func TestPastTie(t *testing.T) {
	checkRelCases(t, []relCase{
		{"relative clause, previously",
			"Police met the division commander, Gen. Ramon Ortega Villa, who previously headed the Coastal Operations Directorate.",
			nil, []string{"Ramon Ortega Villa|leads|Coastal Operations Directorate"}},
		{"main verb, previously",
			"Gen. Ramon Ortega Villa previously headed the Coastal Operations Directorate.",
			nil, []string{"Ramon Ortega Villa|leads|Coastal Operations Directorate"}},
		{"present",
			"Gen. Ramon Ortega Villa heads the Coastal Operations Directorate.",
			[]string{"Ramon Ortega Villa|leads|Coastal Operations Directorate"}, nil},
	})
}
