package extract

import "testing"

// The sentences below are invented for this test; none is taken from an
// evaluation article.

// TestDealNotAgreement checks that "deal" after a modal or "to" (the verb)
// and after "drug" or "raw" (a sale, an idiom) names no agreement, while a
// deal between parties still does.
func TestDealNotAgreement(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, want string
	}{
		{"H\nIf a county can't deal with the smugglers quickly, the networks spread, the sheriff said.", ""},
		{"H\nPolice in Ohio arrested the two men after a drug deal went wrong near the depot.", ""},
		{"H\nFarmers in the valley say they have had a raw deal for years.", ""},
		{"H\nColombia and Ecuador signed a border security deal on Friday.", "border security deal"},
	} {
		x := ex.Extract(article(c.text))
		if got := agreementNames(x); got != c.want {
			t.Errorf("Extract(%q) agreements = %q, want %q", c.text, got, c.want)
		}
	}
}
