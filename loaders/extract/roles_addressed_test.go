package extract

import "testing"

// TestAddressedPanelRoles checks that those a witness addresses with
// titles before "Members of the Subcommittee" hold those titles on the
// subcommittee the page names. All copy is invented.
func TestAddressedPanelRoles(t *testing.T) {
	text := "Rewards That Work\n\nStatement before the Subcommittee on Fisheries, Oceans, and Ports of the House Natural Resources Committee\n\nChairman Vega, Ranking Member Ortiz, and Members of the Subcommittee, thank you for the chance to speak."
	checkRoles(t, []roleCase{
		{name: "chairman", text: text, person: "Vega", title: "Chairman", org: "Subcommittee on Fisheries, Oceans, and Ports"},
		{name: "ranking member", text: text, person: "Ortiz", title: "Ranking Member", org: "Subcommittee on Fisheries, Oceans, and Ports"},
	})
}
