package extract

import "testing"

// TestLedDelegation checks that a title naming no body, opening the
// sentence before a name that led a state's delegation, is that state's
// post, and that a body named before the head keeps its own reading.
func TestLedDelegation(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "remit with a place", text: "Dialogue Held\n\nDeputy Assistant Secretary for Andean Affairs and Bolivia Rosa Tell led the Peruvian delegation, which met in Lima.",
			person: "Rosa Tell", title: "Deputy Assistant Secretary for Andean Affairs and Bolivia", org: "Peru"},
		{name: "not a delegation", text: "Dialogue Held\n\nDeputy Assistant Secretary for Andean Affairs and Bolivia Rosa Tell led the Peruvian talks, which met in Lima.",
			person: "Rosa Tell", org: "Peru", neg: true},
	})
}
