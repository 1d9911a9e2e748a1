package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestLeadershipRoles: "their leadership roles in X" makes the people the
// sentence before names lead the group X; a lone person or a body that is
// no criminal group gives nothing.
func TestLeadershipRoles(t *testing.T) {
	checkRelCases(t, []relCase{
		{"their, after a list",
			"Rewards Offered\n\nWASHINGTON - The State Department offered rewards for trafficker Carlos Ledesma-Ruiz and his brother, Mario Ledesma-Ruiz. Their leadership roles in the Sinaloa Cartel have grown since 2019.",
			[]string{"Carlos Ledesma-Ruiz|leads|Sinaloa Cartel", "Mario Ledesma-Ruiz|leads|Sinaloa Cartel"}, nil},
		{"their, one person before",
			"Rewards Offered\n\nWASHINGTON - The State Department offered rewards for trafficker Carlos Ledesma-Ruiz. Their leadership roles in the Sinaloa Cartel have grown since 2019.",
			nil, []string{"Carlos Ledesma-Ruiz|leads|Sinaloa Cartel"}},
	})
}
