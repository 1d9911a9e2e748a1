package extract

import "testing"

// TestLongHeadlineCall: a readout's headline may run past twenty words and
// still be in headline case, so its capitalised "Call" is the noun cue,
// not a word of a name.
func TestLongHeadlineCall(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a long headline naming a call",
			"Statement by Press Spokesperson Rita Moss on National Security Advisor Ana Ruiz’s Call with Peruvian Minister of Defense Tomas Vega and Chief of Staff to the President of Peru Marta Lopez\n\nThe two sides discussed border security.",
			[]string{"Ana Ruiz|metWith|Tomas Vega"}, nil},
		{"a body paragraph is not a headline",
			"Security news\n\nOfficials said the Call Center Workers Union of Peru met on Monday with labour lawyers, and Ana Ruiz, who chairs the Lima Port Authority Board, and Tomas Vega and Marta Lopez also attended the session on Monday in the capital.",
			nil, []string{"Ana Ruiz|metWith|Tomas Vega"}},
	})
}
