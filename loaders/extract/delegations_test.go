package extract

import "testing"

// TestDelegationWithModifiers checks that a delegation sentence whose noun
// takes lower-case modifiers ("The Mexican high-level delegation
// included", "The Mexican delegation also included") still gives its members' offices to that government. All
// copy is invented.
func TestDelegationWithModifiers(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "high-level", text: "H\nMexican and U.S. officials met in Toluca. The Mexican high-level delegation included Foreign Secretary Ana Vidal; Secretary of the Navy Luis Bravo, and Chief Officer for North America, Carlos Ridder.\n",
			person: "Carlos Ridder", title: "Chief Officer for North America", org: "Mexico"},
		{name: "senior", text: "H\nMexican and U.S. officials met in Toluca. The Mexican senior delegation included Secretary of the Navy Luis Bravo and Chief Officer for North America, Carlos Ridder.\n",
			person: "Carlos Ridder", title: "Chief Officer for North America", org: "Mexico"},
		{name: "adverb", text: "H\nMexican and U.S. officials met in Toluca. The Mexican delegation also included Foreign Secretary Ana Vidal and Secretary of the Navy Admiral Luis Bravo.\n",
			person: "Luis Bravo", title: "Secretary of the Navy", org: "Mexico"},
	})
}
