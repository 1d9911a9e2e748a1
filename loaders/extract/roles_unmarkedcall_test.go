package extract

import "testing"

// TestUnmarkedAcrossCall checks that a bare office across a call ("spoke
// with") or a visit from an office marked with a country, before the name
// or after it ("President Y of Ruritania"), is the home side's, not that
// country's. All copy is invented.
func TestUnmarkedAcrossCall(t *testing.T) {
	const after = "H\nVice President Helen Tolland spoke today with President Luis Arcaya Peña of Ecuador. The U.S. will help.\n"
	const demonym = "H\nDeputy Secretary Helen Tolland talked by phone with Ecuadorian President Luis Arcaya Peña. The U.S. will help.\n"
	const appos = "H\nVice President Helen Tolland visited Luis Arcaya Peña, the president of Ecuador. The U.S. will help.\n"
	checkRoles(t, []roleCase{
		{name: "of COUNTRY after the name", text: after, person: "Helen Tolland", org: "United States"},
		{name: "of COUNTRY, not the host", text: after, person: "Helen Tolland", org: "Ecuador", neg: true},
		{name: "other side's own office", text: after, person: "Luis Arcaya Peña", org: "Ecuador"},
		{name: "nationality across a call", text: demonym, person: "Helen Tolland", org: "United States"},
		{name: "apposed office across a visit", text: appos, person: "Helen Tolland", org: "Ecuador", neg: true},
	})
}
