package extract

import "testing"

// The sentences below are invented for this test; none is taken from an
// evaluation article.

// TestAgreementReworded checks that a framework named again with its
// topic moved into a complement, or with words dropped, is the framework
// named before, and that a name with other words is another one.
func TestAgreementReworded(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ name, text, want string }{
		{"topic in a complement",
			"Opening of the U.S.-Chile High-Level Fisheries Dialogue\n\nWelcome to this second High-Level Dialogue on Fisheries between Chile and the United States.",
			"U.S.-Chile High-Level Fisheries Dialogue"},
		{"words dropped",
			"Opening of the U.S.-Chile High-Level Fisheries Dialogue\n\nWelcome to all participants of the High-Level Dialogue, held this year in Santiago.",
			"U.S.-Chile High-Level Fisheries Dialogue"},
		{"other words",
			"Opening of the U.S.-Chile High-Level Fisheries Dialogue\n\nThe ministers also opened the High-Level Energy Dialogue in May.",
			"High-Level Energy Dialogue|U.S.-Chile High-Level Fisheries Dialogue"},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if got := agreementNames(x); got != c.want {
				t.Errorf("Extract(%q) agreements = %q, want %q", c.text, got, c.want)
			}
		})
	}
}
