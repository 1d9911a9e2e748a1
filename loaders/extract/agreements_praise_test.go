package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestPraisedAgreementHeads checks that praise or a stage before an
// agreement head ("a wonderful initiative", "a provisional agreement")
// names no agreement, while a word saying what it is about still does.
func TestPraisedAgreementHeads(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ text, want string }{
		{"H\nThe Peruvian minister said it was a wonderful initiative for the region.", ""},
		{"H\nPeru and Chile reached a provisional agreement on the Andean Ports Accord on Monday.", "Andean Ports Accord"},
		{"H\nPeru and Chile signed a fisheries agreement on Monday.", "fisheries agreement"},
	} {
		if x := ex.Extract(article(c.text)); agreementNames(x) != c.want {
			t.Errorf("Extract(%q) agreements = %q, want %q", c.text, agreementNames(x), c.want)
		}
	}
}
