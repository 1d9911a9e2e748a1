package extract

import "testing"

// The sentences below are invented for this test; none is taken from an
// evaluation article.

// TestProgrammeInitiative checks that a capitalised initiative that one
// body runs, whose name holds no state and whose parties the text does
// not state, is no agreement, while one named for a state, or one the
// text says two states signed, is.
func TestProgrammeInitiative(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ name, text, want string }{
		{"one agency's programme",
			"H\nThrough the HARBOR Initiative, the Coast Guard has trained 300 port officers in Peru and Chile since 2020.",
			""},
		{"led by an agency",
			"H\nThe United States invited Chile to join the Clean Ports Initiative led by the Trade and Development Agency.",
			""},
		{"a state in the name",
			"H\nThe United States and Chile reviewed the Chile Port Security Initiative in Santiago on Monday.",
			"Chile Port Security Initiative"},
		{"parties stated",
			"H\nChile and Peru signed the Clean Ports Initiative in Lima on Monday.",
			"Clean Ports Initiative"},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if got := agreementNames(x); got != c.want {
				t.Errorf("Extract(%q) agreements = %q, want %q", c.text, got, c.want)
			}
		})
	}
}
