package extract

import "testing"

// TestEarlierUSPresidents: the gazetteer knows the US presidents from 1945
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
	} {
		x := ex.Extract(article(tc.text))
		if !hasRole(x, tc.person, "United States") {
			t.Errorf("%q: roles = %+v, want %s at United States", tc.text, x.Roles, tc.person)
		}
	}
}
