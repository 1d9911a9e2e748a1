package extract

import "testing"

// TestItsApposed checks that "its" opening an apposed title ("X, its
// deputy leader,") stands for the body it would before a name, and that a
// state named after that body keeps it from the title. All copy is
// invented.
func TestItsApposed(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "group's leader", text: "H\nTreasury sanctioned the Gulf Cartel. Tomas Ferro Quintal, its deputy leader, was designated.\n",
			person: "Tomas Ferro Quintal", title: "deputy leader", org: "Gulf Cartel"},
		{name: "organisation's head", text: "H\nThe OAS met in Panama. Lidia Arce Pons, its secretary general, spoke.\n",
			person: "Lidia Arce Pons", org: "Organization of American States"},
		{name: "a state named after the body", text: "H\nThe National Police joined. Peru's government backed it. Lidia Arce Pons, its president, spoke.\n",
			person: "Lidia Arce Pons", org: "National Police", neg: true},
	})
}
