package extract

import "testing"

// TestKilledMembers: a named group that kills a counted number of a
// state's or a body's people attacks that state or body ("killed members
// of"); a group only named in a phrase before the verb ("an ambush blamed
// on X", "gunmen linked to X") is not read as the killer. All copy is
// invented.
func TestKilledMembers(t *testing.T) {
	const lead = "Bolivia and Ecuador fight the Frente Andino, an armed group, and the Comando Sur gang. "
	checkRelCases(t, []relCase{
		{name: "group's fighters killed a state's soldiers",
			text: lead + "Suspected Frente Andino guerrillas killed 14 Bolivian soldiers in an ambush on Sunday.",
			want: []string{"Frente Andino|attacked|Bolivia"}},
		{name: "group killed agents of a body",
			text: lead + "The Comando Sur killed two agents of the Bolivian Navy near the river.",
			want: []string{"Comando Sur|attacked|Bolivian Navy"}},
		{name: "at least",
			text: lead + "Frente Andino rebels killed at least nine Ecuadorian soldiers in Sucumbios.",
			want: []string{"Frente Andino|attacked|Ecuador"}},
		{name: "blamed on: no killer read",
			text: lead + "An ambush blamed on the Andean gang Comando Sur killed 11 Ecuadorian soldiers.",
			not:  []string{"Comando Sur|attacked|Ecuador"}},
		{name: "linked to: no killer read",
			text: lead + "Gunmen linked to the Frente Andino killed two agents of the Bolivian Navy.",
			not:  []string{"Frente Andino|attacked|Bolivian Navy"}},
		{name: "negated",
			text: lead + "The Frente Andino did not kill 14 Bolivian soldiers, its commander said.",
			not:  []string{"Frente Andino|attacked|Bolivia"}},
	})
}
