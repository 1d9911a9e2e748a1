package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestWithdrawalVerbs checks that exiting, terminating or abandoning an
// agreement withdraws from it, and that a threat to exit is not the act.
func TestWithdrawalVerbs(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "exited a compact", text: "Peru formally exited the Andean Fisheries Compact on Friday.",
			want: []string{"Peru|withdrewFrom|Andean Fisheries Compact"}},
		{name: "terminated a treaty", text: "Peru terminated its extradition treaty with Chile on Friday.",
			want: []string{"Peru|withdrewFrom|extradition treaty"}},
		{name: "abandoned a compact", text: "Peru abandoned the Andean Fisheries Compact on Friday.",
			want: []string{"Peru|withdrewFrom|Andean Fisheries Compact"}},
		{name: "an exit announced", text: "Peru announced its exit from the Andean Fisheries Compact on Friday.",
			want: []string{"Peru|withdrewFrom|Andean Fisheries Compact"}},
		{name: "a threatened exit", text: "Peru threatened to exit the Andean Fisheries Compact on Friday.",
			not: []string{"Peru|withdrewFrom|Andean Fisheries Compact"}},
	})
}
