package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestLabelledActs: an act written as a label before a noun ("convicted
// cartel leader X", "X, the indicted trafficker") was done to the person
// it labels; a participle that is a verb or heads a reduced relative
// clause ("indicted in Miami", "designated as") is no label.
func TestLabelledActs(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a label before the name",
			"News\n\nThe United States offered a reward for Ana Ruiz, a partner of convicted Gulf Cartel leader Carlos Vega.",
			[]string{"United States|convicted|Carlos Vega"}, nil},
		{"a label in apposition",
			"News\n\nThe United States welcomed the capture of Carlos Vega, the indicted trafficker who ran the Gulf Cartel.",
			[]string{"United States|charged|Carlos Vega"}, nil},
		{"the prosecutors' government",
			"News\n\nPeru's Attorney General's Office welcomed the arrest. Ana Ruiz is the wife of convicted trafficker Carlos Vega.",
			[]string{"Peru|convicted|Carlos Vega"}, []string{"United States|convicted|Carlos Vega"}},
		{"a reduced relative clause is no label",
			"News\n\nThe United States named the men. Ana Ruiz is a friend of the man indicted in Miami, Carlos Vega.",
			nil, []string{"United States|charged|Carlos Vega"}},
	})
}
