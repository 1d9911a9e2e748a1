package extract

import "testing"

// TestProsecutorCharges: a prosecuting body's accusation of a crime is a
// charge; a monitor's, a legislator's or a court's stays an accusation.
func TestProsecutorCharges(t *testing.T) {
	const head = "Paraguay 2021 Human Rights Report: c. Corruption\n\n"
	checkRelCases(t, []relCase{
		{name: "a public ministry accuses of a crime",
			text: head + "On May 4, the Public Ministry accused former minister Carlos Benitez Ortiz of embezzlement and illicit enrichment.",
			want: []string{"Public Ministry|charged|Carlos Benitez Ortiz"},
			not:  []string{"Public Ministry|accused|Carlos Benitez Ortiz"}},
		{name: "an attorney general's office",
			text: head + "The Attorney General's Office accused Carlos Benitez Ortiz of money laundering in March.",
			want: []string{"Attorney General's Office|charged|Carlos Benitez Ortiz"}},
		{name: "a monitor's accusation",
			text: head + "The Chaco Legal Aid Foundation accused Carlos Benitez Ortiz of embezzlement.",
			want: []string{"Chaco Legal Aid Foundation|accused|Carlos Benitez Ortiz"},
			not:  []string{"Chaco Legal Aid Foundation|charged|Carlos Benitez Ortiz"}},
		{name: "no crime named",
			text: head + "The Public Ministry accused Carlos Benitez Ortiz in a televised statement.",
			not:  []string{"Public Ministry|charged|Carlos Benitez Ortiz"}},
	})
}
