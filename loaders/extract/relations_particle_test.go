package extract

import "testing"

// TestNotParticle: "back" supports only as a verb; the adverb before a
// preposition of direction and the noun after a possessive state no act.
func TestNotParticle(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a government backs another",
			text: "Peru backs Bolivia in the dispute.",
			want: []string{"Peru|supports|Bolivia"}},
		{name: "backed as a past verb",
			text: "Peru backed Bolivia last year.",
			want: []string{"Peru|supports|Bolivia"}},
		{name: "money sent back into a state",
			text: "Peru sent the money back into Bolivia.",
			not:  []string{"Peru|supports|Bolivia"}},
		{name: "a man flown back to a state",
			text: "Mario Vento was flown back to Bolivia.",
			not:  []string{"Mario Vento|supports|Bolivia"}},
		{name: "turns its back, a noun",
			text: "Bolivia turns its back on Peru.",
			not:  []string{"Bolivia|supports|Peru"}},
	})
}
