package extract

import "testing"

// TestDistrictAttorneyAfterName: "NAME, (the) United States Attorney for
// the Southern District of X," makes the district's office the post's body;
// not when the title in a list is the next name's ("…, U.S. Attorney for
// the District of X NAME2"). All copy is invented.
func TestDistrictAttorneyAfterName(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "the title after the name",
			text:   "Extradition\n\nTomas Vega, United States Attorney for the Southern District of Georgia, announced the extradition of Luis Parra.\n",
			person: "Tomas Vega", org: "Southern District of Georgia"},
		{name: "not the country",
			text:   "Extradition\n\nTomas Vega, United States Attorney for the Southern District of Georgia, announced the extradition of Luis Parra.\n",
			person: "Tomas Vega", org: "United States", neg: true},
		{name: "the title with 'the' after the name",
			text:   "Extradition\n\nAgent Ana Ruiz and Tomas Vega, the United States Attorney for the Northern District of Ohio, announced the extradition of Luis Parra.\n",
			person: "Tomas Vega", title: "United States Attorney", org: "Northern District of Ohio"},
		{name: "the next name's title in a list",
			text:   "Charges\n\nI am joined by FBI Director Vega, U.S. Attorney for the Eastern District of Texas Ruiz, and others.\n",
			person: "Vega", org: "Eastern District of Texas", neg: true},
	})
}
