package extract

import "testing"

// TestJudgeInDistrict checks that a judge placed "in the" judicial district
// right after the name holds the post at that district, and that a
// district after another person's name stays a place. All copy is
// invented.
func TestJudgeInDistrict(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "district judge", text: "H\nTorvald Brenn pleaded guilty before U.S. District Judge Helen J. Ostwick in the District of Columbia.",
			person: "Helen J. Ostwick", org: "District of Columbia"},
		{name: "magistrate with side", text: "H\nThe men appeared before U.S. Magistrate Judge Lionel Farrow in the Western District of Texas on Monday.",
			person: "Lionel Farrow", org: "Western District of Texas"},
		{name: "no district", text: "H\nTorvald Brenn pleaded guilty before U.S. District Judge Helen J. Ostwick.",
			person: "Helen J. Ostwick", org: "United States"},
	})
}
