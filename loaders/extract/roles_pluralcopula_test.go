package extract

import "testing"

// TestPluralCopulaRoles checks that people named together ("A and B", "the
// SURNAME brothers") and then given one plural post by a copula or an
// apposition each hold the post. All copy is invented.
func TestPluralCopulaRoles(t *testing.T) {
	const brothers = "Visit\n\nPolice said Pedro and Juan Villalba Ortega were held in Quito on Monday. The Villalba Ortega brothers were the leaders of the Tarija Cartel, once a powerful group.\n"
	checkRoles(t, []roleCase{
		{name: "brothers, the first", text: brothers, person: "Pedro Villalba Ortega", title: "leader", org: "Tarija Cartel"},
		{name: "brothers, the second", text: brothers, person: "Juan Villalba Ortega", title: "leader", org: "Tarija Cartel"},
		{name: "two names after said", text: "Visit\n\nPolice said Pedro Villalba Ortega and Juan Lagos Vera were the leaders of the Tarija Cartel, once a powerful group.\n",
			person: "Juan Lagos Vera", title: "leader", org: "Tarija Cartel"},
		{name: "former founders", text: "Visit\n\nPedro Villalba Ortega and Juan Lagos Vera are former founders of the Tarija Cartel, police said.\n",
			person: "Pedro Villalba Ortega", title: "former founder", org: "Tarija Cartel"},
		{name: "apposition with kin and a preposition in", text: "Visit\n\nTroops arrested Pedro and Juan Lagos Vera, brothers and former chiefs in the Ruiz-Soto cartel, on Monday.\n",
			person: "Pedro Lagos Vera", title: "former chief", org: "Ruiz-Soto"},
		{name: "apposition closing a longer list, in a quotation", text: "Visit\n\nThe envoy said: “The Tarija Cartel, Pedro Lagos Vera and Maria Sosa Vidal, leaders of the Puma Gang, are gone.”\n",
			person: "Maria Sosa Vidal", title: "leader", org: "Puma Gang"},
		{name: "names as an object", text: "Visit\n\nTroops freed Pedro Villalba Ortega and Juan Lagos Vera were the leaders of the Tarija Cartel.\n",
			person: "Pedro Villalba Ortega", org: "Tarija Cartel", neg: true},
	})
}
