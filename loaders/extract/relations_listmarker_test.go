package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestListMarkers: the enumerator of a run-in list item ("2)") bounds the
// actors of a verb in that item; a parenthesised number or letter does
// not.
func TestListMarkers(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a run-in list item after places",
			text: "The plan has two parts: 1) more audits of cases in Peru, Chile and Bolivia 2) more advisers to provide training and equipment to the Ecuadorian National Police.",
			not:  []string{"Bolivia|supports|Ecuadorian National Police", "Peru|supports|Ecuadorian National Police"}},
		{name: "an actor inside the item",
			text: "The plan has two parts: 1) more audits of cases 2) Chile will provide training and equipment to the Ecuadorian National Police.",
			want: []string{"Chile|supports|Ecuadorian National Police"}},
		{name: "a parenthesised letter is no marker",
			text: "Peru (a) provided training and equipment to the Ecuadorian National Police.",
			want: []string{"Peru|supports|Ecuadorian National Police"}},
	})
}
