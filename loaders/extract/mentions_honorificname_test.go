package extract

import "testing"

// The sentences below are invented for this test; none is taken from an
// evaluation article.

// TestHonorificNameNotAgreement checks that a person's name opened by an
// honorific and ending in an agreement's head word is no agreement.
func TestHonorificNameNotAgreement(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, agreement string
		want            bool
	}{
		{"H\nWe thank Rep. Orlan Deal and the Senate for their support of the sheriffs of Peru.", "Rep. Orlan Deal", false},
		{"H\nSen. Tobias Pact praised the border officers of Ecuador on Monday.", "Sen. Tobias Pact", false},
		{"H\nEcuador and Peru signed the Cordillera Border Accord on Monday.", "Cordillera Border Accord", true},
	} {
		x := ex.Extract(article(c.text))
		_, found := agreementParties(x, c.agreement)
		if found != c.want {
			t.Errorf("Extract(%q) agreement %q found = %v, want %v", c.text, c.agreement, found, c.want)
		}
	}
}
