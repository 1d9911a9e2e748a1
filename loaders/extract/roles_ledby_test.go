package extract

import "testing"

// TestLedByGroupNoun checks that a criminal group's noun right before "led
// by" / "headed by" is what the person heads, never a body named before
// the noun. All copy is invented.
func TestLedByGroupNoun(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "headline: agency, then a group noun", text: "H\nTreasury Sanctions Peruvian Cartel Headed by Carlos Ridder\nThe sanctions were announced on Monday.\n",
			person: "Carlos Ridder", org: "Department of the Treasury", neg: true},
		{name: "agency, then a group noun and a comma", text: "H\nThe DEA said the gang, led by Carlos Ridder, moved cocaine through Lima.\n",
			person: "Carlos Ridder", org: "Drug Enforcement Administration", neg: true},
		{name: "a named group before the noun still counts", text: "H\nThe Sinaloa Cartel is a criminal group headed by Carlos Ridder, the DEA said.\n",
			person: "Carlos Ridder", org: "Sinaloa Cartel"},
	})
}
