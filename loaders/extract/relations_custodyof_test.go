package extract

import "testing"

// TestTookCustodyOf: "take custody of X" is an arrest like "take X into
// custody"; the active subject arrested X.
func TestTookCustodyOf(t *testing.T) {
	const head = "Honduras 2031 Human Rights Report: Corruption\n\n"
	checkRelCases(t, []relCase{
		{name: "an office took custody of a person",
			text: head + "In July the Special Prosecutor's Office took custody of former councilor Ruben Pineda Osorio, who had hidden in Guatemala for a year.",
			want: []string{"Special Prosecutor's Office|arrested|Ruben Pineda Osorio"}},
		{name: "custody of a place states none",
			text: head + "In March the army took custody of the prison in Tela.",
			not:  []string{"Honduras|arrested|Tela"}},
	})
}
