package extract

import "testing"

// TestSummitPairs: persons coordinated just before a summit phrase inside
// a sentence met there; a single person, or a phrase that is no summit,
// names no pair.
func TestSummitPairs(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "made between A and B at the summit",
			text: "These steps follow the commitment made between President Ana Ruiz and President Tomas Herrera at the Asuncion Summit in May.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera"}},
		{name: "that A and B made during the summit",
			text: "The talks follow through on the commitment that President Ana Ruiz and President Tomas Herrera made during the Leaders' Summit on January 9.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera"}},
		{name: "no summit",
			text: "The talks follow through on the commitment that President Ana Ruiz and President Tomas Herrera made during the campaign.",
			not:  []string{"Ana Ruiz|metWith|Tomas Herrera"}},
	})
}
