package extract

import "testing"

// TestPublicPostAtState checks that a post of a state's courts, legislature
// or registries written before a name with no body is held at the state the
// text is about, and that neither a demonym of another person in the
// sentence nor a party apposition moves it. All copy is invented.
func TestPublicPostAtState(t *testing.T) {
	report := "Corruption in Honduras\n\nHonduras: Government Corruption\n\n"
	checkRoles(t, []roleCase{
		{name: "former registrar",
			text:   report + "A court in Honduras fined former land registrar Marta Quiroz Benitez for forged deeds.",
			person: "Marta Quiroz Benitez", org: "Honduras"},
		{name: "former judge",
			text:   report + "The auditors in Honduras consulted former judge Andre Tomlin on the contracts.",
			person: "Andre Tomlin", org: "Honduras"},
		{name: "capitalised judge",
			text:   report + "In Honduras, Judge Ramon Ortiz Vela ordered the arrest of three officers.",
			person: "Ramon Ortiz Vela", org: "Honduras"},
		{name: "legislator",
			text:   report + "Prosecutors in Honduras investigated legislator Dario Funes Tabora for embezzlement.",
			person: "Dario Funes Tabora", org: "Honduras"},
		{name: "a demonym of another person",
			text:   "Court Ruling\n\nDALLAS — A Honduran citizen, Pedro Lanz, appeared on Monday before Chief Judge Walter Brinkley.",
			person: "Walter Brinkley", org: "Honduras", neg: true},
		{name: "an apposition's party",
			text:   report + "Corina Vallejo Paz, a lawmaker from the opposition Liberal Party, voted against the budget.",
			person: "Corina Vallejo Paz", org: "Honduras", neg: true},
	})
}

// TestNationalOfficeAtState checks that a capitalised title opened by
// "National" with no body named ("National Security Commissioner X") is the
// nation's office, held at the state the text is about. All copy is
// invented.
func TestNationalOfficeAtState(t *testing.T) {
	report := "Mexico: Killings\n\n"
	checkRoles(t, []roleCase{
		{name: "national commissioner",
			text:   report + "In Mexico, National Water Commissioner Ramiro Salas Vega announced three new dams.",
			person: "Ramiro Salas Vega", org: "Mexico"},
		{name: "national director",
			text:   report + "In Mexico, National Migration Director Ana Ruiz Peralta said the centers were full.",
			person: "Ana Ruiz Peralta", org: "Mexico"},
	})
}

// TestServiceChiefAtState checks that a state service's chief written in
// lower case before a name ("former army chief X") is held at the state.
// All copy is invented.
func TestServiceChiefAtState(t *testing.T) {
	report := "Honduras: Disappearances\n\n"
	checkRoles(t, []roleCase{
		{name: "army chief",
			text:   report + "In Honduras, a court heard former army chief Ramiro Estrada Funes on the purchase of rifles.",
			person: "Ramiro Estrada Funes", org: "Honduras"},
		{name: "intelligence chief",
			text:   report + "In Honduras, former intelligence chief Rodrigo Paz Almada testified on Monday.",
			person: "Rodrigo Paz Almada", org: "Honduras"},
	})
}
