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

// TestCabinetSecretaryOfPortfolio checks "Secretary of PORTFOLIO X" whose
// ministry, named after the portfolio, the text names: a post in the
// government, not the ministry. All copy is invented.
func TestCabinetSecretaryOfPortfolio(t *testing.T) {
	const text = "Department of Homeland Security: Secretary Ridder Extends Protected Status\n\nWASHINGTON—Secretary of Homeland Security Carlos Ridder is extending Temporary Protected Status for Peruvians in the United States, the U.S. Department of Homeland Security said.\n"
	checkRoles(t, []roleCase{
		{name: "government", text: text, person: "Carlos Ridder", org: "United States"},
		{name: "not the department", text: text, person: "Carlos Ridder", org: "Department of Homeland Security", neg: true},
		{name: "a modified title keeps the department", text: "H\nWASHINGTON—Under Secretary of Homeland Security Carlos Ridder spoke for the U.S. Department of Homeland Security in Lima.\n",
			person: "Carlos Ridder", org: "United States", neg: true},
	})
}
