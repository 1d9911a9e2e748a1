package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestPlaceBeforeInfinitive: a name in a place or source phrase right
// before an infinitive of purpose is not that infinitive's actor; the
// clause's named subject is, unless another infinitive comes first.
func TestPlaceBeforeInfinitive(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "source phrase",
			text: "The two governments agreed to expand seasonal work visas for labourers from Peru to support the Chilean Navy.",
			not:  []string{"Peru|supports|Chilean Navy"}},
		{name: "named subject before the place",
			text: "Chile deployed engineers in Peru last week to support the Peruvian National Police.",
			want: []string{"Chile|supports|Peruvian National Police"},
			not:  []string{"Peru|supports|Peruvian National Police"}},
	})
}
