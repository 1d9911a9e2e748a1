package extract

import "testing"

// TestYearsParen: a span of years in parentheses between a subject and
// its passive verb leaves the subject its actor; other parentheses are
// read as before.
func TestYearsParen(t *testing.T) {
	const head = "Uruguay 2016 Human Rights Report: Corruption\n\n"
	checkRelCases(t, []relCase{
		{name: "term years",
			text: head + "On October 30, former President Marta Ilvento Sosa (2004-09) was arrested on corruption charges.",
			want: []string{"Uruguay|arrested|Marta Ilvento Sosa", "Uruguay|charged|Marta Ilvento Sosa"}},
		{name: "one year",
			text: head + "On October 30, former President Marta Ilvento Sosa (2009) was arrested on corruption charges.",
			want: []string{"Uruguay|arrested|Marta Ilvento Sosa"}},
	})
}
