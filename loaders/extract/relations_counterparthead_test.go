package extract

import "testing"

// TestCounterpartHead: "A and his Argentine counterpart, B," coordinates
// B with A as the subject of a meeting; a counterpart apposition after a
// list's first item alone does not.
func TestCounterpartHead(t *testing.T) {
	const us = "WASHINGTON — The United States and Argentina held talks this week. "
	checkRelCases(t, []relCase{
		{"met", us + "Secretary of State Dan Ruel and his Argentine counterpart, Foreign Minister Lia Vargas, met on Friday.",
			[]string{"Dan Ruel|metWith|Lia Vargas"}, nil},
		{"discussed", us + "Secretary of State Dan Ruel and his Argentine counterpart, Foreign Minister Lia Vargas, discussed migration on Friday.",
			[]string{"Dan Ruel|metWith|Lia Vargas"}, nil},
		{"no coordination", us + "Secretary of State Dan Ruel praised his Argentine counterpart, Foreign Minister Lia Vargas, who met Chilean Minister Pablo Quiroz.",
			[]string{"Lia Vargas|metWith|Pablo Quiroz"}, []string{"Dan Ruel|metWith|Pablo Quiroz"}},
	})
}
