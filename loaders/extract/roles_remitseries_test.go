package extract

import "testing"

// TestRemitSeriesNamesNextPerson checks that in a list of titled names, a
// title whose remit is a series in capitals ("for Ports, Customs, and
// Trade") belongs to the name after it, not to the name before it. All copy
// is invented.
func TestRemitSeriesNamesNextPerson(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "not the name before",
			text: "H\nThe minister was joined by U.S. Ambassador to Peru Ana Ruiz, Commander Daniel Vega, " +
				"U.S. Department of Labor Assistant Secretary for Ports, Customs, and Trade Laura Obal, and two aides.\n",
			person: "Daniel Vega", org: "U.S. Department of Labor", neg: true},
		{name: "the name after",
			text: "H\nThe minister was joined by U.S. Ambassador to Peru Ana Ruiz, Commander Daniel Vega, " +
				"U.S. Department of Labor Assistant Secretary for Ports, Customs, and Trade Laura Obal, and two aides.\n",
			person: "Laura Obal", org: "U.S. Department of Labor"},
	})
}
