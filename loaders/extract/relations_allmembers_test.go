package extract

import "testing"

// TestAllMembers: people listed, then ", all (both) members (activists)
// of X", each belong to X; a state's body or a lone noun is not read so.
func TestAllMembers(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "all activists of a party",
			text: "Security news\n\nPolice detained Carlos Ruiz Mata, Luis Arcaya Pinto, and Marta Rojas Vidal, all activists of the political party Accion Civica.",
			want: []string{"Carlos Ruiz Mata|memberOf|Accion Civica", "Luis Arcaya Pinto|memberOf|Accion Civica", "Marta Rojas Vidal|memberOf|Accion Civica"}},
		{name: "both members of a gang",
			text: "Security news\n\nPolice detained Ana Paredes Luna and Pedro Ortiz Sosa, both members of MS-13, on Monday.",
			want: []string{"Ana Paredes Luna|memberOf|MS-13", "Pedro Ortiz Sosa|memberOf|MS-13"}},
		{name: "no plural member noun",
			text: "Security news\n\nPolice detained Ana Paredes Luna and Pedro Ortiz Sosa, both critics of MS-13, on Monday.",
			not:  []string{"Ana Paredes Luna|memberOf|MS-13"}},
	})
}
