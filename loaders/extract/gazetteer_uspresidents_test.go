package extract

import "testing"

// TestEarlierUSPresidents: the gazetteer knows the US presidents from 1789
// by their full names, so a speech's speaker line or a mention in running
// text gives them their office at the United States even where the text
// names other states far more often. All copy is invented.
func TestEarlierUSPresidents(t *testing.T) {
	ex := newExtractor(t)
	for _, tc := range []struct{ text, person string }{
		{"Address on the Harbor Talks\n\nPresident: Ronald Reagan\n\nGood evening. Tonight I speak of Paraguay and Bolivia, and of Paraguay again.",
			"Ronald Reagan"},
		{"Address on the Canal\n\nPresident: Harry S. Truman\n\nMy fellow citizens, the talks with Panama and with Peru continue in Panama.",
			"Harry S. Truman"},
		{"Message on the Isthmus\n\nPresident: Chester A. Arthur\n\nTo the Senate: the Republic of Honduras and the Republic of Guatemala have asked for our good offices once more, and Honduras again.",
			"Chester A. Arthur"},
		{"Message on Claims\n\nPresident: John Tyler\n\nTo the Congress: the claims of our citizens upon Peru and upon Chile remain unpaid, and Peru has refused a hearing.",
			"John Tyler"},
	} {
		x := ex.Extract(article(tc.text))
		if !hasRole(x, tc.person, "United States") {
			t.Errorf("%q: roles = %+v, want %s at United States", tc.text, x.Roles, tc.person)
		}
	}
}
