package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestObligationsUnder: support for a party's commitments or obligations
// under an agreement supports the agreement, not the party.
func TestObligationsUnder(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "commitments under",
			text: "The Secretary noted U.S. support for full implementation of Peru's commitments under the Andes Peace Accord.",
			want: []string{"United States|supports|Andes Peace Accord"},
			not:  []string{"United States|supports|Peru"}},
		{name: "a possessor's efforts stay the possessor's",
			text: "The Secretary noted U.S. support for Peru's efforts against the Gulf Cartel.",
			want: []string{"United States|supports|Peru"}},
	})
}
