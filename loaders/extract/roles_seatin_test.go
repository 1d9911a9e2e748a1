package extract

import "testing"

// TestPostHeldIn checks that a state after "in" names where a post whose
// body is already stated is held, not its body ("the U.S. ambassador in
// Honduras"). All copy is invented.
func TestPostHeldIn(t *testing.T) {
	const amb = "H\nThe general also met Tamsin Orwell, the U.S. ambassador in Honduras.\n"
	const att = "H\nThe general also met Corin Vale, the DEA's country attaché in Peru.\n"
	const home = "H\nThe senator met Lucía Arce Pons, the Honduran ambassador in Washington.\n"
	checkRoles(t, []roleCase{
		{name: "state before the title", text: amb, person: "Tamsin Orwell", title: "ambassador", org: "United States"},
		{name: "not the host", text: amb, person: "Tamsin Orwell", org: "Honduras", neg: true},
		{name: "agency before the title", text: att, person: "Corin Vale", org: "Drug Enforcement Administration"},
		{name: "agency, not the host", text: att, person: "Corin Vale", org: "Peru", neg: true},
		{name: "sending state, not the capital's", text: home, person: "Lucía Arce Pons", org: "United States", neg: true},
	})
}
