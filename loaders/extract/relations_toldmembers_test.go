package extract

import "testing"

// TestToldCommitteeMembers: telling a committee's members ("told
// lawmakers on the House X Committee") is testifying before it.
func TestToldCommitteeMembers(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "lawmakers on",
			text: "Officials Testify on Cartels\n\nWASHINGTON — Mateo Rios Blanco told lawmakers on the House Foreign Affairs Committee that the gangs were growing.",
			want: []string{"Mateo Rios Blanco|testifiedBefore|House Foreign Affairs Committee"}},
	})
}

// TestFrontedTestimony: "In testimony before the X Committee, Y said"
// makes the clause's subject the one who testified.
func TestFrontedTestimony(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "in testimony before",
			text: "Officials Testify on Cartels\n\nWASHINGTON — Officials spoke on Tuesday.\n\nIn testimony before the Senate Judiciary Committee, Ramon Villa Cruz said cartels were expanding.",
			want: []string{"Ramon Villa Cruz|testifiedBefore|Senate Judiciary Committee"}},
	})
}

// TestFrontedAfterDateline: a fronted phrase may open right after the
// dateline ("WASHINGTON — In testimony before X, Y said").
func TestFrontedAfterDateline(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "after the dateline dash",
			text: "Officials Testify on Cartels\n\nWASHINGTON — In testimony before the Senate Judiciary Committee, Ramon Villa Cruz said cartels were expanding.",
			want: []string{"Ramon Villa Cruz|testifiedBefore|Senate Judiciary Committee"}},
	})
}
