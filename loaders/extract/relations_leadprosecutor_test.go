package extract

import "testing"

// TestLeadProsecutor: an agentless charge in a report goes to the
// prosecuting body that opens the sentence before it in the same
// paragraph; a body in another paragraph, a possessor, or a body that
// does not prosecute leaves the charge to the report's state.
func TestLeadProsecutor(t *testing.T) {
	const head = "Honduras 2021 Human Rights Report: Arbitrary Killings\n\n"
	checkRelCases(t, []relCase{
		{name: "subject of the sentence before",
			text: head + "The Public Ministry reopened a massacre case from the 1980s. Three former army officers, Arnaldo Pintos Mejia, Rolando Fajardo Ruiz, and Tomas Leiva Cruz, were charged in this case.",
			want: []string{"Public Ministry|charged|Rolando Fajardo Ruiz", "Public Ministry|charged|Tomas Leiva Cruz"},
			not:  []string{"Honduras|charged|Rolando Fajardo Ruiz"}},
		{name: "attorney general's office",
			text: head + "The Attorney General's Office opened an inquiry into the prison riot. Warden Esteban Ruiz Pavon was indicted in May.",
			want: []string{"Attorney General's Office|charged|Esteban Ruiz Pavon"}},
		{name: "the charges against",
			text: head + "The Attorney General's Office won convictions of two guards last year. The charges against guard Esteban Ruiz Pavon stemmed from a prison riot.",
			want: []string{"Attorney General's Office|charged|Esteban Ruiz Pavon"},
			not:  []string{"Honduras|charged|Esteban Ruiz Pavon"}},
		{name: "another paragraph",
			text: head + "The Public Ministry reopened a massacre case from the 1980s.\n\nRetired colonel Arnaldo Pintos Mejia was charged in March.",
			want: []string{"Honduras|charged|Arnaldo Pintos Mejia"},
			not:  []string{"Public Ministry|charged|Arnaldo Pintos Mejia"}},
		{name: "no prosecutor",
			text: head + "The National Human Rights Commission reported on the massacre. Retired colonel Arnaldo Pintos Mejia was charged in March.",
			want: []string{"Honduras|charged|Arnaldo Pintos Mejia"}},
	})
}
