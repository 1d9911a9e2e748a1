package extract

import "testing"

// TestPossessedUnit: whoever leads an unnamed part of a body ("the RCMP's
// international operations branch") does not lead the body; a named part
// after the possessive is still led. All copy is invented.
func TestPossessedUnit(t *testing.T) {
	checkRelCases(t, []relCase{
		{"relative clause, unnamed branch",
			"Police Sign Memorandum\n\nSuperintendent Laura Benning, who leads the RCMP's international operations branch, negotiated the text with Peru.",
			nil, []string{"Laura Benning|leads|Royal Canadian Mounted Police"}},
		{"a place before the unit",
			"Navy Receives Boats\n\nThank you to Commander Luis Paz, who commands the Peruvian Navy's Pacific flotilla.",
			nil, []string{"Luis Paz|leads|Peruvian Navy"}},
		{"the body itself",
			"Police Sign Memorandum\n\nLaura Benning, who leads the Royal Canadian Mounted Police, negotiated the text with Peru.",
			[]string{"Laura Benning|leads|Royal Canadian Mounted Police"}, nil},
	})
}
