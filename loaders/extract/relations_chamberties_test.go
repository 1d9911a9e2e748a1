package extract

import "testing"

// TestChamberHeadTies: a leader's or a chair's title at a whole chamber is
// a party's or a committee's post and ties its holder to nothing; the
// chamber's speaker still heads it, and a chair heads the committee the
// role names. All copy is invented.
func TestChamberHeadTies(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a majority leader does not head the Senate",
			"Leader Hails Vote\n\nSenate Majority Leader Arlo Penwright said the bill would pass the Senate this week.",
			nil, []string{"Arlo Penwright|leads|U.S. Senate"}},
		{"a party leader does not head the Senate",
			"Statement on Border Bill\n\nSenate Republican Leader Mirna Coldwell issued a statement on the border bill the Senate passed.",
			nil, []string{"Mirna Coldwell|leads|U.S. Senate"}},
		{"a committee chair heads the committee",
			"Chairman Opens Hearing\n\nSenate Foreign Relations Committee Chairman Bertil Ouseley opened a hearing on Haiti.",
			[]string{"Bertil Ouseley|leads|Senate Foreign Relations Committee"}, nil},
	})
}

// TestWholeChamber: a legislature or a chamber as a whole, not a part of
// one.
func TestWholeChamber(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"U.S. Senate", true},
		{"House of Representatives", true},
		{"National Assembly", true},
		{"Chamber of Deputies", true},
		{"Senate Foreign Relations Committee", false},
		{"Congressional Hispanic Caucus", false},
		{"Senate Republican Conference", false},
		{"Library of Congress", false},
		{"Department of Justice", false},
	} {
		if got := wholeChamber(c.name); got != c.want {
			t.Errorf("wholeChamber(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestChamberSeatNoMembership: a seat in a legislature or one of its
// chambers as a whole is a legislator's post, no membership; a committee
// still has members. All copy is invented.
func TestChamberSeatNoMembership(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a member of a national assembly",
			"Officials Sanctioned\n\nThe Treasury sanctioned Orsolya Varga-Pinto, a member of the Ruritanian National Assembly, for undermining the vote.",
			nil, []string{"Orsolya Varga-Pinto|memberOf|Ruritanian National Assembly"}},
		{"a member of a committee",
			"Senator Tours Border\n\nSenator Halden Brisk, a member of the Senate Armed Services Committee, toured the border.",
			[]string{"Halden Brisk|memberOf|Senate Armed Services Committee"}, nil},
	})
}
