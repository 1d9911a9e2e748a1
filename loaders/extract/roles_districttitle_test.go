package extract

import "testing"

// TestDistrictAttorneyTitle checks that the title of a U.S. Attorney
// named before "for the … District of X" ends at the name, not after it,
// and starts at the state's name or the rank before it ("Assistant U.S.
// Attorney"). All copy is invented.
func TestDistrictAttorneyTitle(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "name before the district",
			text:   "H\nU.S. Attorney Tomas Ferrell for the Western District of Texas made the announcement.\n",
			person: "Tomas Ferrell", title: "U.S. Attorney", org: "Western District of Texas"},
		{name: "district before the name",
			text:   "H\nU.S. Attorney for the Western District of Texas Tomas Ferrell made the announcement.\n",
			person: "Tomas Ferrell", title: "U.S. Attorney", org: "Western District of Texas"},
		{name: "apposed after the name",
			text:   "H\nTomas Ferrell, United States Attorney for the Western District of Texas, made the announcement.\n",
			person: "Tomas Ferrell", title: "United States Attorney", org: "Western District of Texas"},
		{name: "an assistant's rank before the state",
			text:   "H\nAssistant U.S. Attorney Delia Marquand for the Middle District of Alabama prosecuted the case.\n",
			person: "Delia Marquand", title: "Assistant U.S. Attorney", org: "Middle District of Alabama"},
		{name: "an acting attorney",
			text:   "H\nActing U.S. Attorney Lionel Barraclough for the Eastern District of Oregon announced the charges.\n",
			person: "Lionel Barraclough", title: "Acting U.S. Attorney", org: "Eastern District of Oregon"},
	})
}
