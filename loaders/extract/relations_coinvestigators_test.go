package extract

import "testing"

// TestCoInvestigators: agencies named together as a case's investigators
// cooperate; one agency alone cooperates with no one. All copy is
// invented.
func TestCoInvestigators(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "two agencies",
			text: "Ring\n\nThe smuggling ring was investigated by the Federal Bureau of Investigation and the Drug Enforcement Administration over two years.",
			want: []string{"Drug Enforcement Administration|cooperatesWith|Federal Bureau of Investigation"}},
		{name: "not investigated",
			text: "Ring\n\nThe arrests were announced by the Federal Bureau of Investigation and the Drug Enforcement Administration on Monday.",
			not:  []string{"Drug Enforcement Administration|cooperatesWith|Federal Bureau of Investigation"}},
	})
}
