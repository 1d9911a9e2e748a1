package extract

import "testing"

// TestPossessorOverAdjectives: a possessor acts through a noun cue over
// adjectives that may also open a noun phrase ("strong", "bilateral"), but
// not over a preposition.
func TestPossessorOverAdjectives(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "strong partnership",
			text: "The talks reaffirmed Chile's strong partnership with Peru.",
			want: []string{"Chile|cooperatesWith|Peru"}},
		{name: "bilateral partnership",
			text: "The visit underscored Bolivia's bilateral partnership with Paraguay.",
			want: []string{"Bolivia|cooperatesWith|Paraguay"}},
		{name: "a preposition between",
			text: "The minister stressed the Navy's commitment to continued partnership with the Paraguayan Navy.",
			not:  []string{"Navy|cooperatesWith|Paraguayan Navy"}},
	})
}
