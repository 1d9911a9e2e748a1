package extract

import "testing"

// TestOwnSideSupport: a state's own official or agency backing that state
// supports no one; backing another state still does.
func TestOwnSideSupport(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a president backing his own state",
			text: "Uruguayan Foreign Minister Tomas Lerena met Bolivian President Marta Quiroga on Monday in La Paz. Minister Lerena and President Quiroga also discussed regional trade, and support for Bolivia’s ongoing rural electrification.",
			want: []string{"Tomas Lerena|supports|Bolivia"},
			not:  []string{"Marta Quiroga|supports|Bolivia"}},
		{name: "a department backing its own state",
			text: "The U.S. Department of State will continue to support the United States' new border policy toward Canada.",
			not:  []string{"Department of State|supports|United States"}},
		{name: "a state backing another state",
			text: "Peru will continue to support Bolivia in its fight against drug trafficking.",
			want: []string{"Peru|supports|Bolivia"}},
	})
}
