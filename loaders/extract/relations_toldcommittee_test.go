package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestToldCommittee: a person who "told the X Committee" testified before
// it; telling a body that is no committee, or a whole chamber, is not
// testimony.
func TestToldCommittee(t *testing.T) {
	checkRelCases(t, []relCase{
		{"told a Senate committee",
			"News\n\nAdmiral Ana Ruiz told the Senate Armed Services Committee she was confident the trends would continue.",
			[]string{"Ana Ruiz|testifiedBefore|Senate Armed Services Committee"}, nil},
		{"told an agency",
			"News\n\nAdmiral Ana Ruiz told the Drug Enforcement Administration she was confident.",
			nil, []string{"Ana Ruiz|testifiedBefore|Drug Enforcement Administration"}},
		{"did not tell the committee",
			"News\n\nAdmiral Ana Ruiz did not tell the Senate Armed Services Committee about the plan.",
			nil, []string{"Ana Ruiz|testifiedBefore|Senate Armed Services Committee"}},
	})
}
