package extract

import "testing"

// TestDistrictAttorneyTitle checks that the title of a U.S. Attorney
// named before "for the … District of X" ends at the name, not after it.
// All copy is invented.
func TestDistrictAttorneyTitle(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "name before the district",
			text:   "H\nU.S. Attorney Tomas Ferrell for the Western District of Texas made the announcement.\n",
			person: "Tomas Ferrell", title: "Attorney", org: "Western District of Texas"},
		{name: "district before the name",
			text:   "H\nU.S. Attorney for the Western District of Texas Tomas Ferrell made the announcement.\n",
			person: "Tomas Ferrell", title: "Attorney", org: "Western District of Texas"},
		{name: "apposed after the name",
			text:   "H\nTomas Ferrell, United States Attorney for the Western District of Texas, made the announcement.\n",
			person: "Tomas Ferrell", title: "United States Attorney", org: "Western District of Texas"},
	})
}
