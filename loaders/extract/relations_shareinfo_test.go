package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestSharesInformationWith: a body that shares or exchanges information,
// intelligence, leads or evidence with another cooperates with it;
// sharing views or concerns states no tie.
func TestSharesInformationWith(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "shared information with counterparts",
			text: "The Drug Enforcement Administration has consistently shared information with the Peruvian National Police to target traffickers.",
			want: []string{"Drug Enforcement Administration|cooperatesWith|Peruvian National Police"}},
		{name: "exchange intelligence",
			text: "Chile will continue to exchange criminal intelligence with Peru on port smuggling.",
			want: []string{"Chile|cooperatesWith|Peru"}},
		{name: "shared concerns",
			text: "Chile shared its concerns with Peru about port smuggling.",
			not:  []string{"Chile|cooperatesWith|Peru"}},
	})
}
