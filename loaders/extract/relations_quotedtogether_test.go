package extract

import "testing"

// TestQuotedStatesTogether: an attributed quotation saying two or more
// named actors "work together" states their standing cooperation; a
// quotation naming one actor, or no pair, states none.
func TestQuotedStatesTogether(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "said before the quotation",
			text: "Attorney General Ana Ortiz said, “Today's handovers show that Chile and Bolivia will work together ceaselessly to defeat the gangs.”",
			want: []string{"Chile|cooperatesWith|Bolivia"}},
		{name: "said after the quotation",
			text: "“Peru and the United States work together every day,” said Ana Ortiz.",
			want: []string{"Peru|cooperatesWith|United States"}},
		{name: "bodies listed in a clause after how",
			text: "“His return shows how the Peruvian National Police, Interpol and the Chilean Navy work together,” said Ana Ortiz.",
			want: []string{"Peruvian National Police|cooperatesWith|Interpol", "Interpol|cooperatesWith|Chilean Navy", "Peruvian National Police|cooperatesWith|Chilean Navy"}},
		{name: "one state only",
			text: "“Peru will work together with its neighbours,” said Ana Ortiz.",
			not:  []string{"Peru|cooperatesWith|United States"}},
		{name: "negated",
			text: "“Chile and Bolivia do not work together,” said Ana Ortiz.",
			not:  []string{"Chile|cooperatesWith|Bolivia"}},
	})
}
