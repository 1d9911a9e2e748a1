package extract

import "testing"

// TestBylineOutletTitle checks a byline whose next line names the outlet
// and then the writer's title, and one whose next line is the outlet
// alone. All copy is invented.
func TestBylineOutletTitle(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ text, person, org, title string }{
		{"H\n\nBy Ana Ruiz\nAmerican Forces Press Service Staff Writer\n\nLIMA – Officials met on Monday.", "Ana Ruiz", "American Forces Press Service", "Staff Writer"},
		{"H\n\nBy Ana Ruiz\nAmerican Forces Press Service\n\nLIMA – Officials met on Monday.", "Ana Ruiz", "American Forces Press Service", "reporter"},
	} {
		x := ex.Extract(article(c.text))
		found := false
		for _, r := range x.Roles {
			if r.Person == c.person && r.Org == c.org {
				found = true
				if r.Title != c.title {
					t.Errorf("Extract(%q): title %q, want %q", c.text, r.Title, c.title)
				}
			}
		}
		if !found {
			t.Errorf("Extract(%q): no role of %s at %s in %+v", c.text, c.person, c.org, x.Roles)
		}
	}
}
