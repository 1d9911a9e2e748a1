package extract

import "testing"

// TestLawFunding: enacting a law or appropriating money "for" an
// agreement, or funding "of" it, is support of it; a passive, negated or
// planned enactment is none.
func TestLawFunding(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "signed into law a bill with money for an initiative",
			text: "President Ana Maria Soto of Peru today signed into law the 2024 Budget Act, which includes $40 million for Andean Security Initiative programs.",
			want: []string{"Ana Maria Soto|supports|Andean Security Initiative"}},
		{name: "passed a bill that includes funding of an initiative",
			text: "Peru passed a budget bill that includes funding of the Andean Security Initiative.",
			want: []string{"Peru|supports|Andean Security Initiative"}},
		{name: "a planned passage",
			text: "Peru may pass a budget bill that includes funding of the Andean Security Initiative.",
			not:  []string{"Peru|supports|Andean Security Initiative"}},
		{name: "a signing that enacts no law",
			text: "Peru signed a budget memo that includes funding of the Andean Security Initiative.",
			not:  []string{"Peru|supports|Andean Security Initiative"}},
	})
}
