package extract

import "testing"

// TestUnitReferent checks that "the division's", "the brigade's" before a
// title refer back to the military unit last named.
func TestUnitReferent(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "the brigade's commander", text: "Visit\n\nThe general visited Peru’s 5th Jungle Brigade and met with the brigade’s commander, Col. Tito Vela Ramos, to discuss training.",
			person: "Tito Vela Ramos", title: "commander", org: "5th Jungle Brigade"},
		{name: "the division's commander", text: "Visit\n\nThe general visited the Andean Mountain Division and met the division's commander, Gen. Rolo Saenz Paz.",
			person: "Rolo Saenz Paz", title: "commander", org: "Andean Mountain Division"},
	})
}
