package extract

import "testing"

// TestExpertTitleNoGovernmentPost checks that a country or demonym before
// a title of expertise ("Peru expert X", "Colombian security analyst Y")
// names the subject or the nationality, not a post in that government,
// while an office keeps its government. All copy is invented.
func TestExpertTitleNoGovernmentPost(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "country before expert", text: "Talks stall\n\nBut Peru expert Hannah Whitcomb says the talks in Lima will stall.\n",
			person: "Hannah Whitcomb", org: "Peru", neg: true},
		{name: "demonym before analyst", text: "Talks stall\n\nColombian security analyst Jorge Ramirez Pardo said the talks in Bogota will stall.\n",
			person: "Jorge Ramirez Pardo", org: "Colombia", neg: true},
		{name: "an office keeps its government", text: "Talks stall\n\nColombian Defense Minister Jorge Ramirez Pardo said the talks in Bogota will stall.\n",
			person: "Jorge Ramirez Pardo", org: "Colombia"},
	})
}
