package extract

import "testing"

// TestUSChamberNamed checks that a text naming a chamber of the US Congress
// reads "Senator X" and "Representative Y" with no dateline and no party tag
// as members of that Congress, and that a report on another state does not.
// All copy is invented.
func TestUSChamberNamed(t *testing.T) {
	us := "Delegation Visits Haiti\n\nThe delegation, joined by Representative Greg Meeker and Representative Jeff Fortin, met Haitian officials.\n\nI urge Senator Mitch McCoy to call every colleague of his in the U.S. Senate to a closed session.\n"
	none := "Delegation Visits Haiti\n\nThe delegation, joined by Representative Greg Meeker, met Haitian officials.\n"
	report := "Haiti 2031 Human Rights Report: Corruption\n\nDuring the year Senator Jean Poitevin, chair of the Senate's Ethics Committee, called for an investigation.\n"
	checkRoles(t, []roleCase{
		{name: "representative", text: us, person: "Greg Meeker", title: "Representative", org: "United States"},
		{name: "second representative", text: us, person: "Jeff Fortin", title: "Representative", org: "United States"},
		{name: "senator", text: us, person: "Mitch McCoy", title: "Senator", org: "United States"},
		{name: "no chamber named", text: none, person: "Greg Meeker", org: "United States", neg: true},
		{name: "a report's senator is its state's", text: report, person: "Jean Poitevin", org: "United States", neg: true},
	})
}
