package extract

import "testing"

// TestHeadOfBodyBeforeNextName checks that in a list "A, Head of the Y
// Dr. B", the head title is B's, not A's. All copy is invented.
func TestHeadOfBodyBeforeNextName(t *testing.T) {
	const text = "H\nThe Mexican delegation included Director General of the National Intelligence Center Carlos Ridder, Head of the Federal Commission for the Protection Against Sanitary Risks Dr. Ana Vidal, and others.\n"
	checkRoles(t, []roleCase{
		{name: "not the name before", text: text, person: "Carlos Ridder", org: "Federal Commission for the Protection Against Sanitary Risks", neg: true},
		{name: "the name after", text: text, person: "Ana Vidal", org: "Federal Commission for the Protection Against Sanitary Risks"},
		{name: "an apposition still counts", text: "H\nCarlos Ridder, head of the Federal Commission for the Protection Against Sanitary Risks, said the rules would change.\n",
			person: "Carlos Ridder", org: "Federal Commission for the Protection Against Sanitary Risks"},
	})
}
