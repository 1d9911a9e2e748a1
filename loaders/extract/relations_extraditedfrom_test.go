package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestExtraditionNounFrom: "the extradition of X from Y" names Y as the
// sending state, not whoever announced it; an extradition only initiated
// has not happened.
func TestExtraditionNounFrom(t *testing.T) {
	checkRelCases(t, []relCase{
		{"announced the extradition of X from a state",
			"News\n\nMIAMI - Ana Ruiz, Special Agent in Charge, announced the extradition of Peruvian citizen Carlos Vega, a/k/a \"Negro,\" 39, from Peru to the United States to face charges.",
			[]string{"Peru|extradited|Carlos Vega"}, nil},
		{"initiating the extradition",
			"News\n\nThe agency announced his capture, initiating the extradition of Carlos Vega from Peru to face charges in the United States.",
			nil, []string{"Peru|extradited|Carlos Vega"}},
	})
}
