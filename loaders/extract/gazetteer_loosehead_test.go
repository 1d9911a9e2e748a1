package extract

import (
	"reflect"
	"testing"
)

// The sentences below are invented for this test; none is taken from an
// evaluation article.

// TestKnownAgreementLowerHead checks that a known agreement written with
// its generic head in lower case is still that agreement, with the
// parties the gazetteer knows, and that the lower-case head alone is not.
func TestKnownAgreementLowerHead(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text string
		want []string // parties of the known agreement; nil: not found
	}{
		{"H\nOfficials of the United States and Peru met in Lima on Monday. The talks are part of the Peru Trade Promotion agreement, a pact meant to lift exports.",
			[]string{"Peru", "United States"}},
		{"H\nOfficials of the United States and Peru met in Lima on Monday to review a trade promotion agreement.",
			nil},
	} {
		x := ex.Extract(article(c.text))
		got, found := agreementParties(x, "United States–Peru Trade Promotion Agreement")
		if found != (c.want != nil) || !reflect.DeepEqual(got, c.want) {
			t.Errorf("Extract(%q) parties of the known agreement = %v (found %v), want %v; agreements %+v", c.text, got, found, c.want, x.Agreements)
		}
	}
}
