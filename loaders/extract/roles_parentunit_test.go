package extract

import "testing"

// TestParentPrefixedUnit checks that a unit written after its parent's
// abbreviation ("ICE ERO") is the unit, so a post "of ICE ERO" is the
// unit's. All copy is invented.
func TestParentPrefixedUnit(t *testing.T) {
	const appos = "H\n\"We found him,\" said Dana Kolb, field office director for ICE ERO in Tulsa.\n"
	const before = "H\n\"We found him,\" said ICE Enforcement and Removal Operations Field Office Director Dana Kolb.\n"
	checkRoles(t, []roleCase{
		{name: "apposition", text: appos, person: "Dana Kolb", title: "field office director", org: "Enforcement and Removal Operations"},
		{name: "apposition not the parent", text: appos, person: "Dana Kolb", org: "U.S. Immigration and Customs Enforcement", neg: true},
		{name: "title before the name", text: before, person: "Dana Kolb", org: "Enforcement and Removal Operations"},
	})
}
