package extract

import "testing"

// TestFormerBodyHead: a past head of a named agency or institution stated
// as fact leads it; a qualified or lower past post does not. All copy is
// invented.
func TestFormerBodyHead(t *testing.T) {
	checkRelCases(t, []relCase{
		{"former director at the body's name",
			"Bankers Convicted\n\nA court convicted former Harbor Savings Bank director Lotte Vandermeer of fraud on Tuesday.",
			[]string{"Lotte Vandermeer|leads|Harbor Savings Bank"}, nil},
		{"a former deputy director",
			"Bankers Convicted\n\nA court convicted former Harbor Savings Bank deputy director Lotte Vandermeer of fraud on Tuesday.",
			nil, []string{"Lotte Vandermeer|leads|Harbor Savings Bank"}},
	})
}
