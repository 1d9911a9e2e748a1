package extract

import "testing"

// TestLeadClauseInGroup checks that a relative clause whose verb states a
// post ("who leads the X", "who runs the Y") gives that post in a criminal
// group, where mere membership gives none. All copy is invented.
func TestLeadClauseInGroup(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "leads", text: "H\nTomas Ferro Quintal, who leads the Gulf Cartel, was arrested in Reynosa.\n",
			person: "Tomas Ferro Quintal", title: "leader", org: "Gulf Cartel"},
		{name: "runs, with a place", text: "H\nTomas Ferro Quintal, who runs MS-13 in Houston, was arrested.\n",
			person: "Tomas Ferro Quintal", title: "head", org: "MS-13"},
		{name: "membership is no role", text: "H\nTomas Ferro Quintal, who belongs to MS-13, was arrested.\n",
			person: "Tomas Ferro Quintal", org: "MS-13", neg: true},
	})
}
