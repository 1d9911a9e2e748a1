package extract

import "testing"

// TestPluralTitleKnownHolders checks "Presidents A and B" where neither
// name has a body before it: each holder the gazetteer knows holds the
// office in the government of the gazetteer's country (invented copy,
// presidents the gazetteer knows), and a name it does not know gets none.
func TestPluralTitleKnownHolders(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "first of two", text: "H\nPresidents Ernesto Zedillo and Bill Clinton met in Oaxaca to talk about trade between Mexico and the United States.",
			person: "Ernesto Zedillo", title: "President", org: "Mexico"},
		{name: "second of two", text: "H\nPresidents Ernesto Zedillo and Bill Clinton met in Oaxaca to talk about trade between Mexico and the United States.",
			person: "Bill Clinton", title: "President", org: "United States"},
		{name: "a name the gazetteer does not know", text: "H\nPresidents Ernesto Zedillo and Tomás Ridder met in Oaxaca to talk about trade between Mexico and Peru.",
			person: "Tomás Ridder", org: "Peru", neg: true},
	})
}
