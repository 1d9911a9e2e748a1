package extract

import "testing"

// TestHostPlaceOfAnotherEvent checks that a place named after a purpose
// clause ("to follow up on the meeting … in Washington") is not where the
// guests were met, while "met with Minister X in Lima" still is. All copy
// is invented.
func TestHostPlaceOfAnotherEvent(t *testing.T) {
	visit := "Readout of a Trip\n\nDeputy Adviser Mara Lund traveled to Peru. While in Peru, Lund met with President Tito Ruiz. She also met with Minister of Justice Ana Pozo and Deputy Trade Minister Luis Cano to follow up on the recent meeting between President Biden and President Ruiz in Washington.\n"
	checkRoles(t, []roleCase{
		{name: "the host's minister", text: visit, person: "Ana Pozo", title: "Minister of Justice", org: "Peru"},
		{name: "not the other event's country", text: visit, person: "Luis Cano", org: "United States", neg: true},
		{name: "the place of the meeting itself", text: "Talks\n\nThe adviser met with Deputy Trade Minister Luis Cano in Lima on Monday.\n",
			person: "Luis Cano", title: "Deputy Trade Minister", org: "Peru"},
	})
}
