package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestCreditPhrases: any past verb with a possessed credit noun before
// "for" and a state's possessive ("stated her appreciation for Bolivia's
// efforts") is its subject's support of that state; a negated verb, or
// credit for something no state owns, is none.
func TestCreditPhrases(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "stated her appreciation",
			text: "Minister Ana Ruiz of Peru stated her appreciation for Bolivia's efforts to stop trafficking.",
			want: []string{"Ana Ruiz|supports|Bolivia"}},
		{name: "voiced its gratitude",
			text: "Chile voiced its gratitude for Argentina's support.",
			want: []string{"Chile|supports|Argentina"}},
		{name: "a negated verb",
			text: "Chile never stated its gratitude for Uruguay's support.",
			not:  []string{"Chile|supports|Uruguay"}},
		{name: "credit for an act, no possessive",
			text: "Chile stated its appreciation for the cooperation with Uruguay.",
			not:  []string{"Chile|supports|Uruguay"}},
	})
}
