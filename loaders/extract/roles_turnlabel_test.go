package extract

import "testing"

// TestTurnLabelTitle checks that a labelled turn "TITLE NAME: “…”" whose
// name the text gives nowhere else still gives the office its title
// implies. All copy is invented.
func TestTurnLabelTitle(t *testing.T) {
	const lead = "Roundup\n\nWASHINGTON, March 2, 2025 — The White House said the United States would act.\n\n"
	checkRoles(t, []roleCase{
		{name: "unknown given name", text: lead + "Vice President KT Morrow: \u201cCriminals are gone.\u201d\n\nSen. Lena Marsh: \u201cThe border is safer.\u201d\n",
			person: "KT Morrow", org: "United States"},
		{name: "no title", text: lead + "KT Morrow: \u201cCriminals are gone.\u201d\n\nSen. Lena Marsh: \u201cThe border is safer.\u201d\n",
			person: "KT Morrow", org: "United States", neg: true},
	})
}
