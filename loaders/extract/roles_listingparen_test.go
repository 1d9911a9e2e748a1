package extract

import "testing"

// TestListingParenBody checks that a participant list item written
// "- NAME, TITLE (BODY)" gives the post at the bracketed body: an acronym
// the text names, or "WH" for the United States; a title naming its own
// unit, or a line going on after the bracket, gives none. All copy is
// invented.
func TestListingParenBody(t *testing.T) {
	ex := newExtractor(t)
	const intro = "Readout of a Port Visit\n\nSenior officials of the United States visited the port. The National Security Council (NSC) briefed them.\n\nOfficials who took part:\n\n"
	for _, c := range []struct {
		name, line, person, org string
		want                    bool
	}{
		{"named acronym", "- Anna Berg, Senior Director for Fisheries (NSC)", "Anna Berg", "National Security Council", true},
		{"white house", "- Peter Grant, Domestic Policy Advisor (WH)", "Peter Grant", "United States", true},
		{"line goes on", "- Peter Grant, Domestic Policy Advisor (WH) and others", "Peter Grant", "United States", false},
		{"no title head", "- Peter Grant, Fisheries Lead Person (WH)", "Peter Grant", "United States", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(intro + c.line + "\n"))
			if got := hasRole(x, c.person, c.org); got != c.want {
				t.Errorf("role at %s = %v, want %v; roles = %+v", c.org, got, c.want, x.Roles)
			}
		})
	}
}
