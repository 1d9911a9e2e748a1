package extract

import "testing"

// TestEnvoyHost checks that a state named after an envoy's "to" is the
// state the envoy is posted to, not the envoy's own, and that a body set
// after a title phrase at the end of a line is the post's body. All copy is
// invented.
func TestEnvoyHost(t *testing.T) {
	const us = "The United States and Peru agreed to meet again. The United States will fund the program. "
	checkRoles(t, []roleCase{
		{name: "our ambassador before the name", text: "H\n" + us + "Our Ambassador to Peru, Delia Marchetti, raised it with me.",
			person: "Delia Marchetti", org: "United States"},
		{name: "our ambassador before the name: not the host's", text: "H\n" + us + "Our Ambassador to Peru, Delia Marchetti, raised it with me.",
			person: "Delia Marchetti", org: "Peru", neg: true},
		{name: "our ambassador after the name", text: "H\n" + us + "I thank Tomas Varga, our Ambassador to Peru, for his work.",
			person: "Tomas Varga", org: "United States"},
		{name: "our ambassador after the name: not the host's", text: "H\n" + us + "I thank Tomas Varga, our Ambassador to Peru, for his work.",
			person: "Tomas Varga", org: "Peru", neg: true},
		{name: "an envoy with the sender's department on its line", text: "H\n" + us + "\nThe Honorable Rafael Duarte, Special Envoy to Peru, U.S. Department of State\n\nThe delegation leaves today.",
			person: "Rafael Duarte", org: "Peru", neg: true},
		{name: "no possessor: the sending state", text: "H\n" + us + "The United States named Luis Ortega Brandt, Ambassador to Peru, last week.",
			person: "Luis Ortega Brandt", org: "United States"},
		{name: "a possessor's ambassador to another state keeps the possessor", text: "H\n" + us + "Peru's Ambassador to Chile, Rosa Pineda Lira, said no.",
			person: "Rosa Pineda Lira", org: "Peru"},
		{name: "a body closing the line", text: "H\n" + us + "\nThe Honorable Mina Okafor, Senior Director for the Western Hemisphere, National Security Council\n\nThe delegation leaves today.",
			person: "Mina Okafor", org: "National Security Council"},
	})
}
