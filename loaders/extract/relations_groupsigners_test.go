package extract

import "testing"

// TestGroupSigners: an armed group or an organisation stated as a party of
// an agreement a sentence says was signed signs it, as a government does.
func TestGroupSigners(t *testing.T) {
	checkRelCases(t, []relCase{
		{"an armed group in a relative clause",
			"The local truce that Ecuador and the Los Lobos gang signed in Quito in May held for weeks.",
			[]string{"Ecuador|signed|local truce", "Los Lobos|signed|local truce"}, nil},
		{"an organisation a pact names, signed",
			"The scanners arrived under a port security pact between Chile and the Organization of American States signed in 2021.",
			[]string{"Organization of American States|signed|port security pact", "Chile|signed|port security pact"}, nil},
		{"a planned truce",
			"Ecuador and the Los Lobos gang will sign a local truce next year.",
			nil, []string{"Los Lobos|signed|local truce"}},
	})
}
