package extract

import "testing"

// TestCaseAgainst: in a text about one state, the case or the legal
// process against a person was that state's charge; a case against a
// company charges no one.
func TestCaseAgainst(t *testing.T) {
	const head = "Paraguay 2021 Human Rights Report: Corruption\n\n"
	checkRelCases(t, []relCase{
		{name: "the case against",
			text: head + "The case against former minister of housing Ramona Iturbe Saldivar continued.",
			want: []string{"Paraguay|charged|Ramona Iturbe Saldivar"}},
		{name: "the legal process against",
			text: head + "The legal process against Teodoro Lezcano Ayala, a former governor, was proceeding slowly.",
			want: []string{"Paraguay|charged|Teodoro Lezcano Ayala"}},
		{name: "cases against two people",
			text: head + "In the two cases against Ramona Iturbe Saldivar and Teodoro Lezcano Ayala, a judge dismissed the evidence.",
			want: []string{"Paraguay|charged|Ramona Iturbe Saldivar", "Paraguay|charged|Teodoro Lezcano Ayala"}},
		{name: "a case against a company",
			text: head + "The government's case against Yerbatera Norte Holdings concerned unpaid taxes.",
			not:  []string{"Paraguay|charged|Yerbatera Norte Holdings"}},
	})
}
