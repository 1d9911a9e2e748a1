package extract

import "testing"

// The sentences below are invented for this test; none is taken from an
// evaluation article, and the arrangements are fictional.

// TestArrangementHead checks that a capitalised name ending in
// "Arrangement" is an agreement like one ending in "Agreement", its
// parties the states stated as announcing or signing it.
func TestArrangementHead(t *testing.T) {
	checkNamedAgreements(t, []namedAgreementsCase{
		{name: "states that announced a joint arrangement are its parties",
			text:       "H\nPeru and Chile have announced a joint Fisheries Arrangement, outlining their commitments on coastal patrols.",
			agreements: "Fisheries Arrangement", agreement: "Fisheries Arrangement", parties: []string{"Chile", "Peru"}},
		{name: "a signed arrangement with an of-phrase",
			text:       "H\nPeru and Chile have signed a Bilateral Arrangement on Fisheries and Ports in Lima.",
			agreements: "Bilateral Arrangement on Fisheries and Ports", agreement: "Bilateral Arrangement on Fisheries and Ports", parties: []string{"Chile", "Peru"}},
	})
}
