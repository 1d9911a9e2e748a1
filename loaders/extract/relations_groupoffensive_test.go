package extract

import "testing"

// TestGroupOffensive: an armed group's offensive or campaign against
// another group is an attack; a state's is a deployment against the
// group, as before. All copy is invented.
func TestGroupOffensive(t *testing.T) {
	const lead = "The Frente Andino and the Comando Sur gangs have fought over the valley since 2021. "
	checkRelCases(t, []relCase{
		{name: "group launched an offensive against a group",
			text: lead + "In March the Frente Andino launched an offensive against the Comando Sur that forced 3,000 people from their homes.",
			want: []string{"Frente Andino|attacked|Comando Sur"},
			not:  []string{"Frente Andino|deployedAgainst|Comando Sur"}},
		{name: "state launched an offensive against a group",
			text: lead + "In March Ecuador launched an offensive against the Comando Sur in the valley.",
			want: []string{"Ecuador|deployedAgainst|Comando Sur"},
			not:  []string{"Ecuador|attacked|Comando Sur"}},
	})
}
