package extract

import "testing"

// TestPeopleOfApposedGroup: a designation of "leaders of the X group, the
// Y" falls on the leaders, not on Y; the group apposed after a direct
// object is still sanctioned.
func TestPeopleOfApposedGroup(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "leaders of the group, the X",
			text: "Treasury Targets Leaders\n\nWASHINGTON — The Treasury's Office of Foreign Assets Control (OFAC) today announced the designation of six leaders of the Mexican drug-trafficking group, the Gulf Cartel.",
			not:  []string{"Office of Foreign Assets Control|sanctioned|Gulf Cartel"}},
		{name: "the group itself, apposed",
			text: "Treasury Targets a Cartel\n\nWASHINGTON — The Treasury's Office of Foreign Assets Control (OFAC) today sanctioned the Mexican drug-trafficking group, the Gulf Cartel.",
			want: []string{"Office of Foreign Assets Control|sanctioned|Gulf Cartel"}},
	})
}
