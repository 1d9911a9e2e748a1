package extract

import "testing"

// TestTestimonyHeaders: a testimony page's "Statement before the X" line
// makes the person named above it testify before X; a statement line
// naming no body, or a header with no person, makes none.
func TestTestimonyHeaders(t *testing.T) {
	checkRelCases(t, []relCase{
		{"statement before a subcommittee",
			"Border Rewards: Results So Far\n\nJanet R. Okonkwo\n\nDeputy Assistant Secretary, Bureau of Western Hemisphere Affairs\n\nStatement before the House Committee on Homeland Security\n\nWashington, DC\n\nMay 4, 2021\n\nThank you for the opportunity to appear today.",
			[]string{"Janet R. Okonkwo|testifiedBefore|House Homeland Security Committee"}, nil},
		{"written testimony before a committee",
			"Port Security in the Caribbean\n\nPaul Mendez\n\nWritten Testimony before the Senate Committee on Homeland Security and Governmental Affairs\n\nThank you, Chairman.",
			[]string{"Paul Mendez|testifiedBefore|Senate Committee on Homeland Security and Governmental Affairs"}, nil},
		{"a statement on a topic",
			"Port Security in the Caribbean\n\nPaul Mendez\n\nStatement on the Anniversary of the Caribbean Basin Security Initiative\n\nThe Senate Committee on Homeland Security and Governmental Affairs met today.",
			nil, []string{"Paul Mendez|testifiedBefore|Senate Committee on Homeland Security and Governmental Affairs"}},
	})
}
