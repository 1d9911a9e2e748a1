package extract

import "testing"

// TestCliqueLeaderMember checks that the leader a copula names of a clique
// of a gang is a member of both, and that a leader of a gang alone is
// not made a member. All copy is invented.
func TestCliqueLeaderMember(t *testing.T) {
	checkRelCases(t, []relCase{
		{"leader of a clique of MS-13",
			"Court papers say Ramon Ortega Villa was a leader of the Harbor Side Locos (HSL) clique of MS-13 for years.",
			[]string{"Ramon Ortega Villa|leads|Harbor Side Locos", "Ramon Ortega Villa|memberOf|Harbor Side Locos", "Ramon Ortega Villa|memberOf|MS-13"}, nil},
		{"leader of the gang only",
			"Court papers say Ramon Ortega Villa was a leader of MS-13 for years.",
			[]string{"Ramon Ortega Villa|leads|MS-13"}, []string{"Ramon Ortega Villa|memberOf|MS-13"}},
	})
}
