package extract

import "testing"

// TestReportPostAfterDate checks a report's bare title after a date that
// opens the sentence: the month is no body before the title. All copy is
// invented.
func TestReportPostAfterDate(t *testing.T) {
	head := "Chile 2031 Human Rights Report: Disappearance\n\n"
	checkRoles(t, []roleCase{
		{name: "month", text: head + "In April former representative Tomas Urrutia Vial offered himself as a hostage in exchange for his brother.\n",
			person: "Tomas Urrutia Vial", title: "former representative", org: "Chile"},
		{name: "month and day", text: head + "On May 31, Colonel Rosa Ibarra Soto resigned after the escape.\n",
			person: "Rosa Ibarra Soto", org: "Chile"},
		{name: "a body, not a date", text: head + "Santiago Governor Luis Prado Reyes resigned.\n",
			person: "Luis Prado Reyes", org: "Chile", neg: true},
	})
}
