package extract

import "testing"

// TestAsTitle checks a name right before "as TITLE of BODY" or "as BODY's
// TITLE". All copy is invented.
func TestAsTitle(t *testing.T) {
	text := "Senators Urge Recognition\n\nWASHINGTON – The senators urged the administration to recognize Ramon Tellez Ortiz as the President-elect of Bolivia. " +
		"They also asked about the appointment of General Hugo Barrios Lima as Peru's Defense Minister. " +
		"The United States recognized Carla Mendes Rios as the Interim President of Ecuador.\n"
	runOn := "Senators Urge Recognition\n\nThe resolution recognized Lucia Ferrer Gil as Bolivia's rightful President Opposition leader.\n"
	checkRoles(t, []roleCase{
		{name: "pending title after of", text: text, person: "Ramon Tellez Ortiz", title: "President-elect", org: "Bolivia"},
		{name: "possessor before the title", text: text, person: "Hugo Barrios Lima", title: "Defense Minister", org: "Peru"},
		{name: "modifier and head", text: text, person: "Carla Mendes Rios", title: "Interim President", org: "Ecuador"},
		{name: "a title running on", text: runOn, person: "Lucia Ferrer Gil", org: "Bolivia", neg: true},
	})
}
