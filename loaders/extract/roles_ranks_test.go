package extract

import "testing"

// TestAbbreviatedRankHoldsNoPost checks that an abbreviated military rank
// alone ("Maj. Gen. X") gives no post in the government of the country a
// story is set in, while a written-out title still does. All copy is
// invented.
func TestAbbreviatedRankHoldsNoPost(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "rank only, country of the visit", text: "H\nThe admiral visited Peru along with Maj. Gen. Tomás Ridder, to attend the Border Forum with officials from Peru and Chile.",
			person: "Tomás Ridder", org: "Peru", neg: true},
		{name: "rank only, country of the meeting", text: "H\nDuring meetings in Lima, Gen. Tomás Ridder thanked Peru for its help.",
			person: "Tomás Ridder", org: "Peru", neg: true},
		{name: "an office before the name still gives the post", text: "H\nPeru's Defence Minister Tomás Ridder thanked the navy.",
			person: "Tomás Ridder", org: "Peru"},
	})
}
