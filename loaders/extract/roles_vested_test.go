package extract

import "testing"

// TestVestedSignerRoles checks that the capitals signature under a document
// invoking "the authority vested in me as President by … the laws of" a
// state makes the signer that state's President, and that a document
// naming no office for its signer gives none. All copy is invented.
func TestVestedSignerRoles(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want       bool
	}{
		{"memorandum", "Memorandum on Fishing Quotas\n\nBy the authority vested in me as President by the Constitution and the laws of the United States of America, I hereby determine that the quotas shall continue.\n\nMARGARET L. OKAFOR\n",
			true},
		{"no office invoked", "Notice on Fishing Quotas\n\nThe President publishes a notice in the Federal Register each year, as the laws of the United States require.\n\nMARGARET L. OKAFOR\n",
			false},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if got := hasRole(x, "Margaret L. Okafor", "United States"); got != c.want {
				t.Errorf("role at United States = %v, want %v; roles = %+v", got, c.want, x.Roles)
			}
		})
	}
}
