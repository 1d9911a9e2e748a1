package extract

import "testing"

// TestProvidedWith: "A provided B with aid" supports B when B is a state
// or body named right after the verb; not a negated provision or a
// person.
func TestProvidedWith(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "state",
			text: "Peru provided Bolivia with two helicopters last year.",
			want: []string{"Peru|supports|Bolivia"}},
		{name: "perfect and assistance",
			text: "The United States has provided Ecuador with more than $90 million in security assistance.",
			want: []string{"United States|supports|Ecuador"}},
		{name: "negated",
			text: "Chile did not provide Argentina with the radar data.",
			not:  []string{"Chile|supports|Argentina"}},
		{name: "a person",
			text: "The embassy provided Minister Ana Lee of Peru with a briefing.",
			not:  []string{"Peru|supports|Ana Lee"}},
	})
}
