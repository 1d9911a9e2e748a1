package extract

import (
	"reflect"
	"testing"
)

// The sentences below are invented for this test; none is taken from an
// evaluation article.

// TestKnownPartiesComplete checks that an agreement whose parties the
// gazetteer knows, and the text names every one of, takes no more from
// the governments named around it; one only partly named takes none that
// is not among its known parties.
func TestKnownPartiesComplete(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, agreement string
		want            []string
	}{
		{"H\nLima and Washington praised the Peru Trade Promotion Agreement in talks with the United States and Peru, while budgets for Chile and Ecuador grew.",
			"United States–Peru Trade Promotion Agreement", []string{"Peru", "United States"}},
		{"H\nThe United States gave $5 million under the Peru Trade Promotion Agreement, and more went to Chile and Ecuador.",
			"United States–Peru Trade Promotion Agreement", []string{"United States"}},
	} {
		x := ex.Extract(article(c.text))
		got, _ := agreementParties(x, c.agreement)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("Extract(%q) parties of %q = %v, want %v", c.text, c.agreement, got, c.want)
		}
	}
}
