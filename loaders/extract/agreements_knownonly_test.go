package extract

import (
	"reflect"
	"testing"
)

// The sentences and the agreement below are invented for this test; none
// is taken from an evaluation article.

// TestKnownPartiesOnly checks that the context of a known agreement gives
// only parties the gazetteer knows for it: a state named near it that is
// not one is a neighbour.
func TestKnownPartiesOnly(t *testing.T) {
	ex := extractorWithAgreement(t, "Isthmus Customs Security Initiative\tICSI\tUnited States;Mexico;Costa Rica;Guatemala\t")
	for _, c := range []struct {
		text, agreement string
		want            []string
	}{
		{"H\nCosta Rica and Colombia praised the Isthmus Customs Security Initiative in talks on Monday.",
			"Isthmus Customs Security Initiative", []string{"Costa Rica"}},
		{"H\nOfficials marked ten years of the Peru Trade Promotion Agreement, while budgets for Chile and Ecuador grew.",
			"United States–Peru Trade Promotion Agreement", nil},
	} {
		x := ex.Extract(article(c.text))
		got, found := agreementParties(x, c.agreement)
		if !found || !reflect.DeepEqual(got, c.want) {
			t.Errorf("Extract(%q) parties of %q = %v (found %v), want %v", c.text, c.agreement, got, found, c.want)
		}
	}
}
