package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestRestartAfterDash: a verb broken off at a dash that a preposition
// follows, as speakers restart, takes no object; a dash insertion closed
// later in the sentence keeps the verb's actors.
func TestRestartAfterDash(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a restart after the verb",
			text: "Peru wants to continue to support — for the victory of Luis Mora to be acknowledged by Chile.",
			not:  []string{"Peru|supports|Luis Mora"}},
		{name: "an insertion closed later",
			text: "The Gulf Cartel was backed — in part — by Los Zetas.",
			want: []string{"Los Zetas|supports|Gulf Cartel"}},
	})
}
