package extract

import "testing"

// TestYearTitledReport: a headline that names a state and then a year
// titles a yearly report on that state, which stays the text's state
// though another is named more often; without the year it does not.
func TestYearTitledReport(t *testing.T) {
	const body = "Brazilian builder Andrade Gutierrez paid bribes in Brazil, and Brazilian courts heard the case. Felipe Arias Ventura was arrested in May."
	checkRelCases(t, []relCase{
		{name: "a year after the state",
			text: "Dominican Republic 2019 Human Rights Report: Corruption\n\n" + body,
			want: []string{"Dominican Republic|arrested|Felipe Arias Ventura"}},
		{name: "no year",
			text: "Dominican Republic Report: Corruption\n\n" + body,
			not:  []string{"Dominican Republic|arrested|Felipe Arias Ventura"}},
	})
}
