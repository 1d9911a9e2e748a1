package extract

import "testing"

// TestDistrictOfficeAttorney checks that a U.S. attorney whose title names
// no district holds the post at the one district office the article
// names, and at the United States when it names two.
func TestDistrictOfficeAttorney(t *testing.T) {
	const office = "According to the U.S. Attorney's Office in the Western District of Oregon, six men were charged. "
	checkRoles(t, []roleCase{
		{name: "one district office", text: "Charges Filed\n\n" + office + "\"This ends a long run,\" Acting U.S. Attorney Dana Vell said.",
			person: "Dana Vell", org: "U.S. Attorney's Office in the Western District of Oregon"},
		{name: "two district offices", text: "Charges Filed\n\n" + office + "The U.S. Attorney's Office in the Eastern District of Texas joined. \"This ends a long run,\" Acting U.S. Attorney Dana Vell said.",
			person: "Dana Vell", org: "U.S. Attorney's Office in the Western District of Oregon", neg: true},
	})
}
