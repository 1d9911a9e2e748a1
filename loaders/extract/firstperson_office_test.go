package extract

import "testing"

// TestWeOfAnOffice: "we" in the quotation of an official of an office
// within a department is that office; a department's head speaks for the
// government.
func TestWeOfAnOffice(t *testing.T) {
	const lead = "Treasury Acts\n\nThe U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) today designated two traffickers. President Luis Mora of Bolivia welcomed the step.\n\n"
	const quote = "“We remain committed to using all tools at our disposal to assist President Mora in his efforts against the cartels,” said "
	checkRelCases(t, []relCase{
		{name: "the director of an office within a department",
			text: lead + quote + "OFAC Director Ana Maria Soto.",
			want: []string{"Office of Foreign Assets Control|supports|Luis Mora"},
			not:  []string{"United States|supports|Luis Mora"}},
		{name: "the head of a department",
			text: lead + quote + "Secretary of the Treasury Ana Maria Soto.",
			not:  []string{"Department of the Treasury|supports|Luis Mora"}},
	})
}
