package extract

import "testing"

// TestPartnerAdverbs: an adverb inside "A and B are … partners" keeps the
// standing cooperation; a negation still states none.
func TestPartnerAdverbs(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "really key partners",
			text: "Today Peru and Chile are really key partners in guarding their shared border.",
			want: []string{"Peru|cooperatesWith|Chile"}},
		{name: "still close allies",
			text: "Bolivia and Paraguay remain still close allies on border security.",
			want: []string{"Bolivia|cooperatesWith|Paraguay"}},
		{name: "negated",
			text: "Bolivia and Paraguay are not really partners on trade.",
			not:  []string{"Bolivia|cooperatesWith|Paraguay"}},
	})
}
