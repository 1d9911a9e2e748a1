package extract

import "testing"

// TestCapPortfolioAnd checks that two capitalised portfolios joined by
// "and" before an office keep the nationality before them ("Salvadoran
// Justice and Security Minister X"), and that a name before "and" does not
// join a title. All copy is invented.
func TestCapPortfolioAnd(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "nationality, two portfolios",
			text:   "H\nSalvadoran Justice and Security Minister Rogelio Tamez Ochoa said 40 gang members were held.\n",
			person: "Rogelio Tamez Ochoa", title: "Justice and Security Minister", org: "El Salvador"},
		{name: "nationality, portfolio of two words",
			text:   "H\nMexican Finance and Public Credit Secretary Lidia Arce Pons said the tariffs would hurt.\n",
			person: "Lidia Arce Pons", title: "Finance and Public Credit Secretary", org: "Mexico"},
		{name: "a name before and is no portfolio",
			text:   "H\nPeruvian President Ana Quispe Rojas and Security Minister Luis Tamez Ochoa met in Lima.\n",
			person: "Ana Quispe Rojas", title: "President", org: "Peru"},
	})
}
