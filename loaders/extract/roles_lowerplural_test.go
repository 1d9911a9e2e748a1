package extract

import "testing"

// TestLowerPluralTitleList checks that a plural title in lower case after
// a title modifier ("former prime ministers", "police officers") gives each
// name listed after it the post, as a capitalised one does, and that a bare
// lower-case plural noun before a name gives none. All copy is invented.
func TestLowerPluralTitleList(t *testing.T) {
	report := "Haiti: Budget Hearings\n\n"
	list := report + "The panel heard former prime ministers Jules Harcourt, Pierre Vallon, Andre Leduc, and Marc Dorval on the budget."
	police := report + "Police officers Fabio Menezes Dias and David Gomes Prado of the 9th Police Battalion seized the cargo on Tuesday."
	checkRoles(t, []roleCase{
		{name: "first of the list", text: list, person: "Jules Harcourt", org: "Haiti"},
		{name: "middle of the list", text: list, person: "Andre Leduc", org: "Haiti"},
		{name: "last of the list", text: list, person: "Marc Dorval", org: "Haiti"},
		{name: "police officers of a unit", text: police, person: "Fabio Menezes Dias", org: "9th Police Battalion"},
		{name: "no title without a modifier",
			text:   report + "The reporters thanked lawyers Jules Harcourt and Pierre Vallon for their help in Haiti.",
			person: "Jules Harcourt", org: "Haiti", neg: true},
	})
}
