package extract

import "testing"

// TestMissionHead checks that an ambassador's or a chargé d'affaires' post
// at an embassy is in the government the embassy represents, and that
// other embassy staff keep the embassy.
func TestMissionHead(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "chargé at the Embassy of a state", text: "Delegation Visits Lima\n\nThe delegation included Mr. Tom Vale, Chargé d'Affaires at the Embassy of Peru in Chile.",
			person: "Tom Vale", title: "Chargé d'Affaires", org: "Peru"},
		{name: "chargé at a national embassy", text: "Delegation Visits Lima\n\nDan Ruiz, Chargé d’Affaires at the U.S. Embassy in Lima, spoke.",
			person: "Dan Ruiz", title: "Chargé d’Affaires", org: "United States"},
		{name: "ambassador of an embassy", text: "Delegation Visits Lima\n\nAmbassador Ana Pratt of the Embassy of Chile met police in Lima.",
			person: "Ana Pratt", title: "Ambassador", org: "Chile"},
		{name: "a deputy chief of mission keeps the embassy", text: "Delegation Visits Lima\n\nLuis Sosa, deputy chief of mission at the U.S. Embassy in Lima, spoke.",
			person: "Luis Sosa", org: "United States", neg: true},
	})
}
