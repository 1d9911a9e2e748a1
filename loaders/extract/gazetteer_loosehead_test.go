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
		var got []string
		for _, a := range x.Agreements {
			if a.Name == "United States–Peru Trade Promotion Agreement" {
				got = a.Parties
			}
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("Extract(%q) parties of the known agreement = %v, want %v; agreements %+v", c.text, got, c.want, x.Agreements)
		}
	}
}
