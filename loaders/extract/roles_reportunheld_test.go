package extract

import "testing"

// TestReportUnheldAtState checks that a report titled by its state gives a
// state's office read with no body (an apposed prosecutor, "the newly
// appointed attorney general, X") the state, or the office the text names
// for the title, and leaves a private title and a news story alone. All
// copy is invented.
func TestReportUnheldAtState(t *testing.T) {
	report := "Uruguay 2031 Human Rights Report: Section 4. Corruption\n\n"
	news := "Prosecutors detain former official in fraud probe\n\n"
	checkRoles(t, []roleCase{
		{name: "apposed prosecutor with a place",
			text:   report + "Police arrested Leticia Oroño Vidal, former chief anticorruption prosecutor in Rivera, in February.",
			person: "Leticia Oroño Vidal", org: "Uruguay"},
		{name: "title before the comma",
			text:   report + "On May 7, the newly appointed attorney general, Bruno Saldaña Rey, stated that the cases would be reopened.",
			person: "Bruno Saldaña Rey", org: "Uruguay"},
		{name: "the office the text names",
			text:   report + "The Attorney General's Office stopped publishing the data after the arrival of the new attorney general, Bruno Saldaña Rey, on May 1.",
			person: "Bruno Saldaña Rey", org: "Attorney General's Office"},
		{name: "a private title",
			text:   report + "Gunmen killed Rosa Ibarzabal Lena, a local activist, in March.",
			person: "Rosa Ibarzabal Lena", org: "Uruguay", neg: true},
		{name: "a news story",
			text:   news + "Police arrested Leticia Oroño Vidal, former chief anticorruption prosecutor in Rivera, in February.",
			person: "Leticia Oroño Vidal", org: "Uruguay", neg: true},
	})
}
