package extract

import "testing"

// TestAscribedGroupTies checks that a verb of identifying gives its
// object (a person or an object pronoun) the tie to a criminal group it
// describes "as a member (leader) of", and that a quoted group name after
// a title's "of the" is the group's (roles_quotedgroup.go). All copy is
// invented.
func TestAscribedGroupTies(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a pronoun identified as a member of a quoted gang",
			"Ramon Ortega Villa was arrested on Monday. A warrant issued abroad identified him as a member of the “Los Rayos” criminal gang.",
			[]string{"Ramon Ortega Villa|memberOf|Los Rayos"}, nil},
		{"a named person identified as a leader",
			"Police identified Ramon Ortega Villa as a leader of the Gulf Cartel.",
			[]string{"Ramon Ortega Villa|leads|Gulf Cartel"}, nil},
		{"a state is no criminal group",
			"Officials named Ramon Ortega Villa as the leader of Mexico.",
			nil, []string{"Ramon Ortega Villa|leads|Mexico"}},
		{"copula, quoted gang name",
			"Ramon Ortega Villa is a member of the “Los Rayos” criminal gang.",
			[]string{"Ramon Ortega Villa|memberOf|Los Rayos"}, nil},
		{"apposition, quoted gang name",
			"Police arrested Ramon Ortega Villa, a member of the “Los Rayos” street gang.",
			[]string{"Ramon Ortega Villa|memberOf|Los Rayos"}, nil},
	})
}
