package extract

import "testing"

// TestAnyOfficialIsNoPost checks that "U.S. official X" gives no post,
// while a named office still does. All copy is invented.
func TestAnyOfficialIsNoPost(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "demonym official", text: "H\nThe spraying will wipe out most of the crop in Peru, says U.S. official Carlos Ridder.\n",
			person: "Carlos Ridder", org: "United States", neg: true},
		{name: "an office still counts", text: "H\nThe spraying will wipe out most of the crop in Peru, says U.S. Ambassador Carlos Ridder.\n",
			person: "Carlos Ridder", org: "United States"},
	})
}
