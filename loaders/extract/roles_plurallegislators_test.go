package extract

import "testing"

// TestPluralLegislatorRoles checks that a plural legislator's title before
// names with party or House district tags gives each member the singular title for the
// United States. All copy is invented.
func TestPluralLegislatorRoles(t *testing.T) {
	const letter = "Letter\n\nWASHINGTON  U.S. Senators Harold Quint (R-Ohio) and Nora Lettley (D-Maine) wrote to the Secretary on Monday. Senators Walter Morrow (R-Utah), Kay Ashby (D-Vt.), and Glenn Farris (R-Iowa) signed the letter.\n"
	checkRoles(t, []roleCase{
		{name: "first of two, singular title", text: letter, person: "Harold Quint", title: "Senator", org: "United States"},
		{name: "second of two", text: letter, person: "Nora Lettley", title: "Senator", org: "United States"},
		{name: "middle of a list of three", text: letter, person: "Kay Ashby", title: "Senator", org: "United States"},
		{name: "last after a comma and", text: letter, person: "Glenn Farris", title: "Senator", org: "United States"},
		{name: "abbreviated plural", text: "Bill\n\nReps. Carl Denning (D-Ill.) and Amy Sorrell (R-Ky.) introduced the bill on Tuesday.\n",
			person: "Amy Sorrell", title: "Representative", org: "United States"},
		{name: "a House district's tag", text: "Bill\n\nCongressman Walter Morrow (OK-04) introduced the bill on Tuesday.\n",
			person: "Walter Morrow", title: "Congressman", org: "United States"},
		{name: "district tags in a plural list", text: "Bill\n\nReps. Carl Denning (IL-07) and Amy Sorrell (KY-3) introduced the bill on Tuesday.\n",
			person: "Amy Sorrell", title: "Representative", org: "United States"},
		{name: "a letter in the district's place: no tag", text: "Bill\n\nRepresentatives Carl Denning (IL-A) and Amy Sorrell (KY-B) introduced the bill on Tuesday.\n",
			person: "Amy Sorrell", title: "Representative", org: "United States", neg: true},
		{name: "no party tag: no list", text: "Visit\n\nThe Senators Club hosted Carl Denning and Amy Sorrell of the Ruiz Foundation on Tuesday.\n",
			person: "Amy Sorrell", title: "Senator", org: "United States", neg: true},
	})
}

// TestSingularTitle checks the post one holder of a plural title holds.
func TestSingularTitle(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Senators", "Senator"},
		{"Senior Directors", "Senior Director"},
		{"Chargé d'Affaires", "Chargé d'Affaires"},
		{"Secretary of Foreign Affairs", "Secretary of Foreign Affairs"},
		{"Director", "Director"},
	} {
		if got := singularTitle(c.in); got != c.want {
			t.Errorf("singularTitle(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
