package extract

import "testing"

// TestCoordinatedModal: a bare verb coordinated with a planned act is
// planned too; an inflected one is the act.
func TestCoordinatedModal(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "will travel, as well as meet with",
			text: "Minister Ana Ruiz of Peru will travel to Bolivia on May 5, where she will open a trade fair, as well as meet with President Lucia Vargas of Bolivia.",
			not:  []string{"Ana Ruiz|metWith|Lucia Vargas"}},
		{name: "will travel and meet with",
			text: "Minister Ana Ruiz of Peru will travel to La Paz and meet with President Lucia Vargas of Bolivia.",
			not:  []string{"Ana Ruiz|metWith|Lucia Vargas"}},
		{name: "traveled and met with",
			text: "Minister Ana Ruiz of Peru traveled to La Paz and met with President Lucia Vargas of Bolivia.",
			want: []string{"Ana Ruiz|metWith|Lucia Vargas"}},
	})
}
