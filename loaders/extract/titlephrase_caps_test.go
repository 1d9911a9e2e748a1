package extract

import "testing"

// TestCapsPortfolioBeforeBody checks "NAME, TITLE of the PORTFOLIO, BODY":
// a portfolio in capitals after "of" that a comma and the body follow.
// All copy is invented.
func TestCapsPortfolioBeforeBody(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "of the portfolio, body", text: "H\nThe admiral met Gen. Carlos Ridder, Chief of the Joint Staff, Ecuador Armed Forces, and other officials in Quito.\n",
			person: "Carlos Ridder", title: "Chief of the Joint Staff", org: "Ecuadorian Armed Forces"},
		{name: "of portfolio, body", text: "H\nThe talks in Quito included Carlos Ridder, Chief of Staff, Drug Enforcement Administration, and other officials.\n",
			person: "Carlos Ridder", title: "Chief of Staff", org: "Drug Enforcement Administration"},
		{name: "no body after the comma", text: "H\nThe talks in Quito included Carlos Ridder, Chief of Staff, and other officials from Ecuador.\n",
			person: "Carlos Ridder", org: "Drug Enforcement Administration", neg: true},
	})
}
