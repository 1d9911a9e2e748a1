package extract

import "testing"

// TestPartnerOf: "A is a … partner of B" between states or bodies is a
// standing cooperation; a negated copula or persons' partnership is not.
func TestPartnerOf(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "adjectives before the noun",
			text: "Chile is a strong democratic partner of the United States.",
			want: []string{"Chile|cooperatesWith|United States"}},
		{name: "remains, ally to",
			text: "Bolivia remains a trusted ally to Brazil in the fight against trafficking.",
			want: []string{"Bolivia|cooperatesWith|Brazil"}},
		{name: "negated",
			text: "Chile is not a partner of Peru on this issue.",
			not:  []string{"Chile|cooperatesWith|Peru"}},
		{name: "a person's business partner",
			text: "Carlos Vega is a long-time business partner of Mario Soto.",
			not:  []string{"Carlos Vega|cooperatesWith|Mario Soto"}},
		{name: "partner for",
			text: "Uruguay has been a very strong partner for Paraguay in many areas.",
			want: []string{"Uruguay|cooperatesWith|Paraguay"}},
		{name: "two coordinated nouns",
			text: "Officials said Ecuador is an ally and partner of Peru.",
			want: []string{"Ecuador|cooperatesWith|Peru"}},
		{name: "a friend and an ally",
			text: "Belize is a friend and an ally to Panama.",
			want: []string{"Belize|cooperatesWith|Panama"}},
		{name: "a friend alone is no tie",
			text: "Belize has been a great friend to Panama.",
			not:  []string{"Belize|cooperatesWith|Panama"}},
		{name: "negated, with two nouns",
			text: "Chile is not an ally and partner of Peru.",
			not:  []string{"Chile|cooperatesWith|Peru"}},
	})
}
