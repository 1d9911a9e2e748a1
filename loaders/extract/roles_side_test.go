package extract

import "testing"

// TestSideNamedAfterTitle checks that "for the DEMONYM side" after a
// person's name and title names the government the person stands for. All
// copy is invented.
func TestSideNamedAfterTitle(t *testing.T) {
	text := "H\nFollowing the visit of the U.S. Secretary of Labor to Peru, the talks were led by Ambassador Daniel Vega, " +
		"Vice Minister of Foreign Affairs, Trade and Fisheries, for the Peruvian side, and Ambassador Ana Ruiz, " +
		"Under Secretary for Trade of the Department of State, for the U.S. side.\n"
	checkRoles(t, []roleCase{
		{name: "the side named", text: text, person: "Daniel Vega", org: "Peru"},
		{name: "not the other side", text: text, person: "Daniel Vega", org: "United States", neg: true},
	})
}
