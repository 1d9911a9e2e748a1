package extract

import "testing"

// TestUnnamedActorsBefore: a plural of unnamed people right before the
// verb ("unknown gunmen", "Ecuadorian troops") is its subject, so no
// place, dateline or body named further left acts; a named group's people
// still act as the group. All copy is invented.
func TestUnnamedActorsBefore(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "place before unknown gunmen",
			text: "Near a quarry in Rio Seco, Tarija Department, unknown gunmen killed Jorge Villca Mamani on Sunday.",
			not:  []string{"Tarija Department|attacked|Jorge Villca Mamani"}},
		{name: "dateline before another state's troops",
			text: "QUITO, Ecuador — Bolivian troops killed Jorge Villca Mamani near the border on Sunday.",
			not:  []string{"Ecuador|attacked|Jorge Villca Mamani"}},
		{name: "named group's fighters still act",
			text: "Ecuador said Frente Andino guerrillas attacked the National Police of Ecuador in Sucumbios.",
			want: []string{"Frente Andino|attacked|National Police of Ecuador"}},
	})
}
