package extract

import "testing"

// TestCoInvestigators: agencies named together as a case's investigators
// are a credit line unless a foreign body worked the case with them or the
// text states the cooperation of a list holding two states' bodies; one
// agency alone cooperates with no one. All copy is invented.
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
		{name: "a longer list of two states' bodies whose cooperation the text states: the first with each",
			text: "Ring\n\n\u201cThe cooperation of law enforcement in three states and in Peru has been outstanding,\u201d said the prosecutor.\n\nThe smuggling ring was investigated by the Federal Bureau of Investigation, the Drug Enforcement Administration and the Peruvian National Police.",
			want: []string{"Drug Enforcement Administration|cooperatesWith|Federal Bureau of Investigation",
				"Federal Bureau of Investigation|cooperatesWith|Peruvian National Police"},
			not: []string{"Drug Enforcement Administration|cooperatesWith|Peruvian National Police"}},
		{name: "one state's bodies, in a text stating its cooperation with a foreign partner: a credit line",
			text: "Ring\n\n\u201cThis extradition reflects our close collaboration with our Peruvian law enforcement partners,\u201d said the prosecutor.\n\nThe smuggling ring was investigated by the Federal Bureau of Investigation, the Drug Enforcement Administration and the Kestrel County Sheriff's Office.",
			not: []string{"Drug Enforcement Administration|cooperatesWith|Federal Bureau of Investigation",
				"Federal Bureau of Investigation|cooperatesWith|Kestrel County Sheriff's Office"}},
		{name: "two agencies of one state, the cooperation stated: a credit line",
			text: "Ring\n\n\u201cThe cooperation of our partners in Peru has been outstanding,\u201d said the prosecutor.\n\nThese cases were investigated by the Federal Bureau of Investigation and the Drug Enforcement Administration.",
			not:  []string{"Drug Enforcement Administration|cooperatesWith|Federal Bureau of Investigation"}},
	})
}
