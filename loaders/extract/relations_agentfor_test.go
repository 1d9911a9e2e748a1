package extract

import "testing"

// TestAgentForGroup checks that an indefinite apposition saying what a
// person does for a criminal group makes him its member, and that "for"
// something other than the group does not. All copy is invented.
func TestAgentForGroup(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a trade for the group",
			"Police arrested Ramon Ortega Villa, a money launderer for the Gulf Cartel.",
			[]string{"Ramon Ortega Villa|memberOf|Gulf Cartel"}, nil},
		{"a longer description",
			"Police arrested Ramon Ortega Villa, a chief organizer of heroin shipments for the Gulf Cartel, on Monday.",
			[]string{"Ramon Ortega Villa|memberOf|Gulf Cartel"}, nil},
		{"for something else",
			"Ramon Ortega Villa, a witness for the prosecution, described the Gulf Cartel.",
			nil, []string{"Ramon Ortega Villa|memberOf|Gulf Cartel"}},
	})
}
