package extract

import "testing"

// TestPossessedUnit: whoever leads an unnamed part of a body ("the RCMP's
// international operations branch") does not lead the body; a named part
// after the possessive is still led. All copy is invented.
func TestPossessedUnit(t *testing.T) {
	checkRelCases(t, []relCase{
		{"relative clause, unnamed branch",
			"Border Protocol Drafted\n\nInspector Denis Gagnon, who leads the RCMP's border integrity section, spent a year on the draft with Guatemalan counterparts.",
			nil, []string{"Denis Gagnon|leads|Royal Canadian Mounted Police"}},
		{"a place before the unit",
			"Navy Receives Boats\n\nThank you to Commander Luis Paz, who commands the Peruvian Navy's Pacific flotilla.",
			nil, []string{"Luis Paz|leads|Peruvian Navy"}},
		{"the body itself",
			"Police Sign Memorandum\n\nLaura Benning, who leads the Royal Canadian Mounted Police, negotiated the text with Peru.",
			[]string{"Laura Benning|leads|Royal Canadian Mounted Police"}, nil},
	})
}
