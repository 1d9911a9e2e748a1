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

// TestSingleShoutedLabel checks that a transcript excerpt with one turn
// label in capitals naming a known office holder by title and surname
// reads that person and post, and that a label of titles alone names no
// one. The copy is invented; the office holder is the gazetteer's.
func TestSingleShoutedLabel(t *testing.T) {
	ex := newExtractor(t)
	x := ex.Extract(article("Transcript of a Press Conference\n\nWashington, D.C.\n\nSECRETARY POWELL: Good afternoon. Today two brothers pleaded guilty in a federal court.\n\nThat is all we have today."))
	if !hasRole(x, "Colin Powell", "United States") {
		t.Errorf("no role of Colin Powell at United States in %+v (entities %+v)", x.Roles, x.Entities)
	}
	x = ex.Extract(article("Remarks in a Meeting\n\nTHE VICE PRESIDENT: Good afternoon. We met the justice leaders today.\n\nThat is all."))
	for _, e := range x.Entities {
		if e.Name == "The" {
			t.Errorf("entity %q from a label of titles", e.Name)
		}
	}
}
