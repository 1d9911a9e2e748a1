package extract

import "testing"

// TestListItemTitle checks that a semicolon-list item whose title holds a
// comma or a lower-case word gives its person that title in the
// government of the list's other posts, and that an item with no title
// head gives none. All copy is invented.
func TestListItemTitle(t *testing.T) {
	const list = "Talks\n\nPeru’s delegation included Minister of Health Ana Ruiz; Undersecretary of Labor, Housing and Migration Julio Paredes; Commissioner for Protection against Health Risks, Luis Ortega; and Minister of Energy Carla Mejía.\n"
	checkRoles(t, []roleCase{
		{name: "a comma list in the title", text: list, person: "Julio Paredes", title: "Undersecretary of Labor, Housing and Migration", org: "Peru"},
		{name: "a lower-case word and a comma before the name", text: list, person: "Luis Ortega", title: "Commissioner for Protection against Health Risks", org: "Peru"},
		{name: "no title head",
			text:   "Talks\n\nPeru’s delegation included Minister of Health Ana Ruiz; Labor, Housing and Migration Julio Paredes; and Minister of Energy Carla Mejía.\n",
			person: "Julio Paredes", org: "Peru", neg: true},
	})
}
