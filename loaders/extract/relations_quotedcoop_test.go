package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestQuotedCooperationWith: an official quoted, in prose attribution, on
// "cooperation with X" with no party named states that the body they
// serve cooperates with X; an unattributed quotation states nothing.
func TestQuotedCooperationWith(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "attributed after the quote",
			text: "\"This arrest is the result of close cooperation with the Colombian government,\" said DEA Administrator Anne Milgram.",
			want: []string{"Drug Enforcement Administration|cooperatesWith|Colombia"}},
		{name: "no speaker",
			text: "Officials hailed the arrest. \"This is the result of close cooperation with the Colombian government.\"",
			not:  []string{"Drug Enforcement Administration|cooperatesWith|Colombia"}},
	})
}
