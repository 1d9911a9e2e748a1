package extract

import "testing"

// TestApposedReportPost checks that a report titled by its state gives a
// bare post apposed before a name ("a police officer, X,", "two police
// officers, X and Y,") the report's state, each listed name under a plural
// post, and leaves a news story alone. All copy is invented.
func TestApposedReportPost(t *testing.T) {
	report := "Uruguay 2031 Human Rights Report: Section 1. Torture\n\n"
	news := "Officers detained in abuse probe\n\n"
	checkRoles(t, []roleCase{
		{name: "a singular post",
			text:   report + "In May prosecutors detained a police officer, Maria Lopez Ibarra, for extortion.",
			person: "Maria Lopez Ibarra", org: "Uruguay"},
		{name: "a counted plural post, the first name",
			text:   report + "In July, two police officers, Juan Perez Soto and Jose Francisco Garcia, were charged with assault.",
			person: "Juan Perez Soto", org: "Uruguay"},
		{name: "a counted plural post, the second name",
			text:   report + "In July, two police officers, Juan Perez Soto and Jose Francisco Garcia, were charged with assault.",
			person: "Jose Francisco Garcia", org: "Uruguay"},
		{name: "no article or count before the post",
			text:   report + "Said police officer, Maria Lopez Ibarra, was detained.",
			person: "Maria Lopez Ibarra", org: "Uruguay", neg: true},
		{name: "a news story",
			text:   news + "In May prosecutors detained a police officer, Maria Lopez Ibarra, for extortion.",
			person: "Maria Lopez Ibarra", org: "Uruguay", neg: true},
	})
}
