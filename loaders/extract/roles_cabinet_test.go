package extract

import "testing"

// TestCabinetSecretaryOfMinistry checks that "Secretary of [the] MINISTRY"
// before a name or in an apposition is a post in the ministry's
// government, with the ministry's name in the title, while a modified
// title ("Under Secretary") or one with a remit keeps the ministry. All
// copy is invented.
func TestCabinetSecretaryOfMinistry(t *testing.T) {
	const navy = "H\nMexican and U.S. officials met in Toluca. The Mexican delegation included Secretary of the Navy Carlos Ridder and others.\n"
	checkRoles(t, []roleCase{
		{name: "before the name", text: navy,
			person: "Carlos Ridder", title: "Secretary of the Navy", org: "Mexico"},
		{name: "the ministry is no post of his", text: navy,
			person: "Carlos Ridder", org: "Secretariat of the Navy", neg: true},
		{name: "a rank before the name", text: "H\nMexican and U.S. officials met in Toluca. The Mexican delegation included Secretary of the Navy Adm. Carlos Ridder and others.\n",
			person: "Carlos Ridder", title: "Secretary of the Navy", org: "Mexico"},
		{name: "apposition in a list", text: "H\nMexican and U.S. officials met in Toluca. The Mexican delegation included Ana Vidal, Secretary of the Interior; Carlos Ridder, Secretary of the Navy; and others.\n",
			person: "Carlos Ridder", title: "Secretary of the Navy", org: "Mexico"},
		{name: "US department", text: "H\nThe United States sanctioned the network on Monday, said Secretary of the Treasury Ana Ortega Vidal.\n",
			person: "Ana Ortega Vidal", title: "Secretary of the Treasury", org: "United States"},
		{name: "a modified title keeps the department", text: "H\nThe United States sanctioned the network on Monday, said Under Secretary of the Treasury Ana Ortega Vidal.\n",
			person: "Ana Ortega Vidal", org: "United States", neg: true},
		{name: "a remit after the body keeps the department", text: "H\nThe United States sanctioned the network on Monday, said Under Secretary of the Treasury for Terrorism and Financial Intelligence Ana Ortega Vidal.\n",
			person: "Ana Ortega Vidal", org: "United States", neg: true},
	})
}
