package extract

import "testing"

// TestLeadMembers: a lead's unnamed member of a group is the first person
// without an office named after it; not an official, and not when the
// lead's sentence names the person itself.
func TestLeadMembers(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a member of the gang, named later",
			"Police remove gang member\n\nLIMA — Officers of the Peruvian National Police removed a documented member of the transnational criminal gang Los Rojos on Thursday to Chile.\n\nSpokesman Luis Parra said the case was closed. Tomas Vega, 35, a citizen of Chile, was removed without incident.",
			[]string{"Tomas Vega|memberOf|Los Rojos"}, []string{"Luis Parra|memberOf|Los Rojos"}},
		{"a gang member with an alias",
			"Police lodge detainer\n\nLIMA — The police lodged a detainer for a Los Rojos (LR) gang member arrested in Cusco. On Monday the police arrested Tomas Vega, 35, for a weapon offense.",
			[]string{"Tomas Vega|memberOf|Los Rojos"}, nil},
		{"the lead names the person",
			"Police remove gang member\n\nLIMA — Police said Ana Ruiz had met a member of Los Rojos in Cusco. Tomas Vega, 35, was arrested on Monday.",
			nil, []string{"Tomas Vega|memberOf|Los Rojos", "Ana Ruiz|memberOf|Los Rojos"}},
	})
}
