package extract

import "testing"

// TestCoInvestigators: agencies named together as a case's investigators
// are a credit line unless a foreign body worked the case with them or the
// text states their cooperation; one agency alone cooperates with no one. All copy is
// invented.
func TestCoInvestigators(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "two agencies of one state are a credit line",
			text: "Ring\n\nThe smuggling ring was investigated by the Federal Bureau of Investigation and the Drug Enforcement Administration over two years.",
			not:  []string{"Drug Enforcement Administration|cooperatesWith|Federal Bureau of Investigation"}},
		{name: "two agencies with a foreign body's help: an international case",
			text: "Ring\n\nThe smuggling ring was investigated by the Federal Bureau of Investigation and the Drug Enforcement Administration, with help from Mexico's Financial Intelligence Unit.",
			want: []string{"Drug Enforcement Administration|cooperatesWith|Federal Bureau of Investigation"}},
		{name: "not investigated",
			text: "Ring\n\nThe arrests were announced by the Federal Bureau of Investigation and the Drug Enforcement Administration on Monday.",
			not:  []string{"Drug Enforcement Administration|cooperatesWith|Federal Bureau of Investigation"}},
		{name: "a longer list is a credit line",
			text: "Ring\n\nThe smuggling ring was investigated by the Federal Bureau of Investigation, the Drug Enforcement Administration and the Kestrel County Sheriff's Office.",
			not: []string{"Drug Enforcement Administration|cooperatesWith|Federal Bureau of Investigation",
				"Federal Bureau of Investigation|cooperatesWith|Kestrel County Sheriff's Office"}},
		{name: "a longer list whose cooperation the text states: the first with each",
			text: "Ring\n\n\u201cThe cooperation of law enforcement in three states has been outstanding,\u201d said the prosecutor.\n\nThe smuggling ring was investigated by the Federal Bureau of Investigation, the Drug Enforcement Administration and the Kestrel County Sheriff's Office.",
			want: []string{"Drug Enforcement Administration|cooperatesWith|Federal Bureau of Investigation",
				"Federal Bureau of Investigation|cooperatesWith|Kestrel County Sheriff's Office"},
			not: []string{"Drug Enforcement Administration|cooperatesWith|Kestrel County Sheriff's Office"}},
	})
}
