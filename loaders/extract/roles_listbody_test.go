package extract

import "testing"

// TestListPossessorRoles checks that a body's possessive before a list of
// titled names gives each name its post at that body, also over a
// government guessed from the title, and not to a name whose title names
// its own body. All copy is invented.
func TestListPossessorRoles(t *testing.T) {
	const paho = "Visit\n\nShe was joined by the Pan American Health Organization’s Deputy Director Ana Ruiz Soto, Deputy Director Pedro Lagos Vera, and Acting Director Maria Sosa Vidal.\n"
	const state = "Visit\n\nShe was joined by the State Department’s Assistant Secretary of State for Consular Affairs Ana Ruiz Soto, Assistant Secretary of State for Energy Resources Pedro Lagos Vera, and Acting Assistant Secretary of State for Western Hemisphere Affairs Maria Sosa Vidal.\n"
	checkRoles(t, []roleCase{
		{name: "second of three", text: paho, person: "Pedro Lagos Vera", title: "Deputy Director", org: "Pan American Health Organization"},
		{name: "third after and", text: paho, person: "Maria Sosa Vidal", title: "Acting Director", org: "Pan American Health Organization"},
		{name: "over a guessed government", text: state, person: "Pedro Lagos Vera", org: "Department of State"},
		{name: "the guess is dropped", text: state, person: "Pedro Lagos Vera", org: "United States", neg: true},
		{name: "a remit naming a bureau", text: state, person: "Maria Sosa Vidal", org: "Department of State"},
		{name: "an own body", text: "Visit\n\nShe was joined by the Pan American Health Organization’s Deputy Director Ana Ruiz Soto and Red Cross Director Pedro Lagos Vera.\n",
			person: "Pedro Lagos Vera", org: "Pan American Health Organization", neg: true},
	})
}
