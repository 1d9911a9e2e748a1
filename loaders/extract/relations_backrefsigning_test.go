package extract

import "testing"

// The sentences below are invented for this test; none is taken from an
// evaluation article.

// TestBackRefSigning checks that the parties a back-reference after a
// sign verb states sign the agreement it points at, and that a
// back-reference with no sign verb before it states no signing.
func TestBackRefSigning(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "list signed the convention in the next sentence",
			text: "Delegates adopted the Andean Convention on River Pollution Reporting in Quito on Tuesday, and ministers praised it. Peru, Chile and Ecuador signed the convention immediately; it takes effect once six states ratify it.",
			want: []string{"Peru|signed|Andean Convention on River Pollution Reporting", "Chile|signed|Andean Convention on River Pollution Reporting",
				"Ecuador|signed|Andean Convention on River Pollution Reporting"}},
		{name: "no sign verb before the back-reference",
			text: "Delegates adopted the Andean Convention on River Pollution Reporting in Quito on Tuesday. Peru and Chile discussed the convention at length.",
			not:  []string{"Peru|signed|Andean Convention on River Pollution Reporting", "Chile|signed|Andean Convention on River Pollution Reporting"}},
	})
}
