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

// TestOnlyDistrictAttorney checks that a U.S. attorney whose title names
// no district holds the post at the one judicial district the article
// names, even where no attorney's office is named, and at the United
// States when it names two districts.
func TestOnlyDistrictAttorney(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "district of the charges", text: "Smuggler Returned\n\nA Peruvian man was returned to face charges in the Northern District of Iowa, announced U.S. Attorney Carla Brenning.",
			person: "Carla Brenning", org: "Northern District of Iowa"},
		{name: "district inside the court's name", text: "Smuggler Returned\n\nU.S. Attorney Carla Brenning said a grand jury in the U.S. District Court for the Middle District of Alabama indicted him.",
			person: "Carla Brenning", org: "Middle District of Alabama"},
		{name: "two districts", text: "Smuggler Returned\n\nHe was charged in the Northern District of Iowa and in the Southern District of Ohio, announced U.S. Attorney Carla Brenning.",
			person: "Carla Brenning", org: "Northern District of Iowa", neg: true},
		{name: "no district", text: "Smuggler Returned\n\nHe was returned to Iowa, announced U.S. Attorney Carla Brenning.",
			person: "Carla Brenning", org: "United States"},
	})
}
