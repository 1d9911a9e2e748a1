package extract

import "testing"

// TestFirstLadyAtState checks that "first lady" before a name gives the
// post at the state a demonym before it names, or at the state a report is
// titled by, and that a news story naming no state leaves it. All copy is
// invented.
func TestFirstLadyAtState(t *testing.T) {
	report := "Uruguay 2031 Human Rights Report: Corruption and Lack of Transparency in Government\n\n"
	news := "Charity gala raises funds for flood victims\n\n"
	checkRoles(t, []roleCase{
		{name: "former first lady in a report",
			text:   report + "In May prosecutors charged former first lady Ana Belmonte Rios with embezzlement of public funds.",
			person: "Ana Belmonte Rios", title: "former first lady", org: "Uruguay"},
		{name: "demonym before the title",
			text:   news + "The reading campaign grew last spring after a school visit by Chilean first lady Maria Tellez Soto in Valparaiso, Chile.",
			person: "Maria Tellez Soto", title: "first lady", org: "Chile"},
		{name: "no state named",
			text:   news + "The gala was opened by first lady Maria Tellez Soto in Chile on Friday.",
			person: "Maria Tellez Soto", org: "Chile", neg: true},
	})
}
