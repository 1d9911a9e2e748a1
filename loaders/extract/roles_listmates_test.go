package extract

import "testing"

// TestListMatesAgency checks that a bare office in a list of officials
// whose other offices are all at one agency is at that agency and heads
// nothing there, and that list mates at different bodies give it no body.
// All copy is invented.
func TestListMatesAgency(t *testing.T) {
	const lede = "H\nDefense officials met Peru's defense minister at the Pentagon. The United States delegation included "
	checkRoles(t, []roleCase{
		{name: "mates at one agency",
			text:   lede + "Ms. Ana Whitfield, Deputy Assistant Secretary of Defense for Western Hemisphere Affairs; Mr. Carl Benton, Deputy Assistant Secretary of Defense for Counternarcotics; and Mr. Tom Reyes, Principal Director for Western Hemisphere Affairs.",
			person: "Tom Reyes", org: "Department of Defense"},
		{name: "mates at two bodies",
			text:   lede + "Ms. Ana Whitfield, Deputy Assistant Secretary of Defense for Western Hemisphere Affairs; Mr. Carl Benton, Deputy Assistant Secretary of State for Western Hemisphere Affairs; and Mr. Tom Reyes, Principal Director for Western Hemisphere Affairs.",
			person: "Tom Reyes", org: "Department of Defense", neg: true},
	})
	ex := newExtractor(t)
	x := ex.Extract(article(lede + "Ms. Ana Whitfield, Deputy Assistant Secretary of Defense for Western Hemisphere Affairs; Mr. Carl Benton, Deputy Assistant Secretary of Defense for Counternarcotics; and Mr. Tom Reyes, Principal Director for Western Hemisphere Affairs."))
	for _, r := range x.Relations {
		if r.Subject == "Tom Reyes" && r.Predicate == "leads" {
			t.Errorf("Extract: %+v, want no leads of the list mates' agency", r)
		}
	}
}
