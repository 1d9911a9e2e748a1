package extract

import "testing"

// TestUnmarkedSide checks that a bare office across a meeting from an
// office marked with a nationality is not that nation's, while offices
// listed on the same side of the meeting as a marked one are left to it.
// All copy is invented.
func TestUnmarkedSide(t *testing.T) {
	const peru = "Peru and Peru's partners met. Peru thanked the United States. Peru will host talks in Peru. "
	checkRoles(t, []roleCase{
		{name: "headline meeting with a marked office",
			text:   "Deputy Secretary Whitfield’s Meeting with Peruvian President Quispe\n" + peru + "Deputy Secretary Dana Whitfield and President Rosa Quispe discussed trade.",
			person: "Dana Whitfield", org: "United States"},
		{name: "met with a marked office",
			text:   "H\n" + peru + "Deputy Secretary Dana Whitfield met with Peruvian President Rosa Quispe Mamani in the capital.",
			person: "Dana Whitfield", org: "Peru", neg: true},
		{name: "marked office on the same side of a list",
			text:   "H\n" + peru + "The visitor met with Minister of Defense Luis Mena Torres and senior Peruvian military leaders.",
			person: "Luis Mena Torres", org: "Peru"},
	})
}
