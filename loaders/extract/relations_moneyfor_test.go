package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestMoneyFor: a sum set aside for a state or body is its giver's
// support, a person standing for their state; a reward, a sum's worth, a
// purpose after "to" and a hedged sum state none.
func TestMoneyFor(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a law's sums for places, the signer's state giving",
			text: "President Ana Ruiz of Peru today signed into law the 2031 Spending Bill, which includes $30 million for border programs in Chile, as well as $10 million for its implementation in Bolivia and Ecuador.",
			want: []string{"Peru|supports|Chile", "Peru|supports|Bolivia", "Peru|supports|Ecuador"}},
		{name: "a state allocating a sum to another",
			text: "Canada allocated an estimated $12 million to Paraguay in 2030.",
			want: []string{"Canada|supports|Paraguay"}},
		{name: "a sum in funding for projects in a state",
			text: "Canada signed an agreement for $4 million in funding this year for counter-narcotics projects in Paraguay.",
			want: []string{"Canada|supports|Paraguay"}},
		{name: "a reward",
			text: "Canada offered $5 million for information leading to the arrest of Paraguay's fugitive.",
			not:  []string{"Canada|supports|Paraguay"}},
		{name: "a sum's worth",
			text: "Canada seized $50 million worth of cocaine bound for Paraguay.",
			not:  []string{"Canada|supports|Paraguay"}},
		{name: "a hedged sum",
			text: "Canada would provide $5 million to Paraguay.",
			not:  []string{"Canada|supports|Paraguay"}},
		{name: "a purpose, not a recipient",
			text: "Canada set aside $5 million over ten years to protect the forests of Paraguay.",
			not:  []string{"Canada|supports|Paraguay"}},
	})
}
