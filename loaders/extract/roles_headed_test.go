package extract

import "testing"

// TestDirectedToIsNoPost checks that "X directed the Y to do Z" is an
// order, not a post heading Y, while "X headed the Y" still gives one. All
// copy is invented.
func TestDirectedToIsNoPost(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "directed two bodies to act", text: "H\nThe extraditions were agreed in Lima. Carlos Ridder directed the Department of Justice and the Department of State to make this happen.\n",
			person: "Carlos Ridder", org: "Department of Justice", neg: true},
		{name: "directed one body to act", text: "H\nThe extraditions were agreed in Lima. Carlos Ridder directed the Drug Enforcement Administration to open an office.\n",
			person: "Carlos Ridder", org: "Drug Enforcement Administration", neg: true},
		{name: "headed a body", text: "H\nThe talks were held in Lima. In 2009 Carlos Ridder headed the Drug Enforcement Administration.\n",
			person: "Carlos Ridder", title: "former head", org: "Drug Enforcement Administration"},
	})
}
