package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestSectionHeadings checks that a numbered section's heading of an order
// ("Sec. 5. General Provisions.") names no person, while a general named
// in the section's text still is one.
func TestSectionHeadings(t *testing.T) {
	ex := newExtractor(t)
	text := "H\nSec. 5. General Provisions. Nothing in this order shall affect the Office of Port Control.\n\n" +
		"General Ana Ruiz will lead the review."
	x := ex.Extract(article(text))
	for _, e := range x.Entities {
		if e.Name == "Provisions" || e.Name == "General Provisions" {
			t.Errorf("Extract(%q) has entity %+v from a section heading", text, e)
		}
	}
	found := false
	for _, e := range x.Entities {
		if e.Name == "Ana Ruiz" {
			found = true
		}
	}
	if !found {
		t.Errorf("Extract(%q) entities = %+v, want Ana Ruiz", text, x.Entities)
	}
}
