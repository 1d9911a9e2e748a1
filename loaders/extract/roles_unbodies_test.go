package extract

import "testing"

// TestUNAgencyTitles checks that the UN's humanitarian agencies are known
// bodies, so a title before a name and "of AGENCY" after it is a post there.
// All copy is invented.
func TestUNAgencyTitles(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "acronym", text: "H\nI thank Executive Director Miriam Olsby of UNICEF for her briefing.\n",
			person: "Miriam Olsby", title: "Executive Director", org: "United Nations Children's Fund"},
		{name: "full name", text: "H\nCountry Director Tomas Arvell of the World Food Programme said aid would arrive.\n",
			person: "Tomas Arvell", org: "World Food Programme"},
		{name: "apposition", text: "H\nTomas Arvell, chief of mission of the International Organization for Migration in Panama, said flights resumed.\n",
			person: "Tomas Arvell", org: "International Organization for Migration"},
	})
}
