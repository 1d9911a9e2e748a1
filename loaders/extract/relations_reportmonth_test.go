package extract

import "testing"

// TestReportBodyAfterMonth: a state's unnamed courts or police after a
// month's name ("In March courts sentenced X") act for the text's state;
// a capitalised name before the noun still makes it a named body.
func TestReportBodyAfterMonth(t *testing.T) {
	const head = "Peru 2022 Human Rights Report: Arbitrary Killings\n\n"
	checkRelCases(t, []relCase{
		{name: "a month before courts",
			text: head + "In March courts sentenced former police officer Ramiro Quispe Layme to 35 years in prison.",
			want: []string{"Peru|convicted|Ramiro Quispe Layme"}},
		{name: "a month before police",
			text: head + "In October police arrested Ramiro Quispe Layme in Cusco.",
			want: []string{"Peru|arrested|Ramiro Quispe Layme"}},
		{name: "a named body",
			text: head + "In March Cusco courts sentenced Ramiro Quispe Layme to 35 years in prison.",
			not:  []string{"Peru|convicted|Ramiro Quispe Layme"}},
	})
}
