package extract

import "testing"

// TestCrimeTradeIsNoPost checks that a demonym before a trade in crime
// ("Peruvian drug kingpin X") gives no post in that government, while an
// office still does. All copy is invented.
func TestCrimeTradeIsNoPost(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "drug kingpin", text: "H\nChile welcomed the extradition of Peruvian drug kingpin Carlos Ridder to the United States.\n",
			person: "Carlos Ridder", org: "Peru", neg: true},
		{name: "arms trafficker", text: "H\nChile welcomed the arrest of Peruvian arms trafficker Carlos Ridder in Santiago.\n",
			person: "Carlos Ridder", org: "Peru", neg: true},
		{name: "an office still counts", text: "H\nChile welcomed the visit of Peruvian Interior Minister Carlos Ridder to Santiago.\n",
			person: "Carlos Ridder", org: "Peru"},
	})
}
