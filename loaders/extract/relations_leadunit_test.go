package extract

import "testing"

// TestLeadUnit: who heads an unnamed part of a body leads no body; who
// heads a body named after a possessive leads that body, not the
// possessor. All copy is invented.
func TestLeadUnit(t *testing.T) {
	checkRelCases(t, []relCase{
		{"an unnamed team at a body",
			"Report Released\n\n\"The numbers are rising,\" said Ilse Marwood, who heads the legal team at Harbor Watch Foundation, on Monday.",
			nil, []string{"Ilse Marwood|leads|Harbor Watch Foundation"}},
		{"a named body after a possessive",
			"Network Broken\n\n\"The ports were their warehouse,\" said Odo Kessling, who heads Europol's European Financial and Economic Crime Centre.",
			[]string{"Odo Kessling|leads|European Financial and Economic Crime Centre"}, []string{"Odo Kessling|leads|Europol"}},
	})
}
