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
		{"Department of Justice", false},
	} {
		if got := wholeChamber(c.name); got != c.want {
			t.Errorf("wholeChamber(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}
