package extract

import "testing"

// TestAddressedPanelRoles checks that those a witness addresses with
// titles before "Members of the Subcommittee" hold those titles on the
// subcommittee the page names. All copy is invented.
func TestAddressedPanelRoles(t *testing.T) {
	text := "Port Safety Hearing\n\nStatement before the Subcommittee on Fisheries, Oceans, and Ports of the House Natural Resources Committee\n\nGood morning. Chairwoman Vega, Ranking Member Ortiz, and distinguished members of the Subcommittee, I am glad to be here."
	checkRoles(t, []roleCase{
		{name: "chairwoman", text: text, person: "Vega", title: "Chairwoman", org: "Subcommittee on Fisheries, Oceans, and Ports"},
		{name: "ranking member", text: text, person: "Ortiz", title: "Ranking Member", org: "Subcommittee on Fisheries, Oceans, and Ports"},
	})
}
