package extract

import "testing"

// TestCoInvestigators: agencies named together as a case's investigators
// cooperate; one agency alone cooperates with no one. All copy is
// invented.
func TestCoInvestigators(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "two agencies",
			text: "Case\n\nThe case was investigated by the Drug Enforcement Administration and the Federal Bureau of Investigation.",
			want: []string{"Drug Enforcement Administration|cooperatesWith|Federal Bureau of Investigation"}},
		{name: "not investigated",
			text: "Case\n\nThe case was announced by the Drug Enforcement Administration and the Federal Bureau of Investigation.",
			not:  []string{"Drug Enforcement Administration|cooperatesWith|Federal Bureau of Investigation"}},
	})
}
