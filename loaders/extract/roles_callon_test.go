package extract

import "testing"

// TestModeratorCallOn checks that a moderator's call on a reporter "with"
// or "from" an outlet gives the reporter that outlet, a bare acronym
// included, and that a trip "to" a person "with" someone gives none. All
// copy is invented.
func TestModeratorCallOn(t *testing.T) {
	call := "Background Press Call on Regional Migration\n\nMODERATOR: Thanks. Our first question is going to go to Dana Whitfield with Radio Sur.\n\n" +
		"Q Thanks for doing this.\n\nMODERATOR: Next, we're going to go Marcus Ortega with Radio Norte.\n\nQ Thank you.\n\n" +
		"MODERATOR: And our last question will go to Laura Benson with KTV.\n\nQ Hi."
	checkRoles(t, []roleCase{
		{name: "go to X with the outlet", text: call, person: "Dana Whitfield", org: "Radio Sur"},
		{name: "going to go X with", text: call, person: "Marcus Ortega", org: "Radio Norte"},
		{name: "an acronym outlet", text: call, person: "Laura Benson", org: "KTV"},
		{name: "no outlet in a trip",
			text:   "Minister Visits Peru\n\nThe minister will go to Dana Whitfield with the Peruvian delegation.",
			person: "Dana Whitfield", org: "Peruvian delegation", neg: true},
	})
}
