package extract

import "testing"

// TestQuotedStatesTogether: an attributed quotation saying two
// governments "work together" states their standing cooperation; a
// quotation naming one state with another actor, or no pair, states none.
func TestQuotedStatesTogether(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "said before the quotation",
			text: "Attorney General Ana Ortiz said, “Today's handovers show that Chile and Bolivia will work together ceaselessly to defeat the gangs.”",
			want: []string{"Chile|cooperatesWith|Bolivia"}},
		{name: "said after the quotation",
			text: "“Peru and the United States work together every day,” said Ana Ortiz.",
			want: []string{"Peru|cooperatesWith|United States"}},
		{name: "one state only",
			text: "“Peru will work together with its neighbours,” said Ana Ortiz.",
			not:  []string{"Peru|cooperatesWith|United States"}},
		{name: "negated",
			text: "“Chile and Bolivia do not work together,” said Ana Ortiz.",
			not:  []string{"Chile|cooperatesWith|Bolivia"}},
	})
}
