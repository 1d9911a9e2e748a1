package extract

import (
	"reflect"
	"testing"
)

// The sentences below are invented for this test; none is taken from an
// evaluation article, and the arrangements are fictional.

// TestArrangementHead checks that a capitalised name ending in
// "Arrangement" is an agreement like one ending in "Agreement", its
// parties the states stated as announcing or signing it.
func TestArrangementHead(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		agreements string
		agreement  string
		parties    []string
	}{
		{name: "states that announced a joint arrangement are its parties",
			text:       "H\nPeru and Chile have announced a joint Fisheries Arrangement, outlining their commitments on coastal patrols.",
			agreements: "Fisheries Arrangement", agreement: "Fisheries Arrangement", parties: []string{"Chile", "Peru"}},
		{name: "a signed arrangement with an of-phrase",
			text:       "H\nPeru and Chile have signed a Bilateral Arrangement on Fisheries and Ports in Lima.",
			agreements: "Bilateral Arrangement on Fisheries and Ports", agreement: "Bilateral Arrangement on Fisheries and Ports", parties: []string{"Chile", "Peru"}},
	} {
		x := ex.Extract(article(c.text))
		if got := agreementNames(x); got != c.agreements {
			t.Errorf("%s: agreements = %q, want %q", c.name, got, c.agreements)
			continue
		}
		if c.agreement == "" {
			continue
		}
		if got, _ := agreementParties(x, c.agreement); !reflect.DeepEqual(got, c.parties) {
			t.Errorf("%s: parties of %q = %v, want %v", c.name, c.agreement, got, c.parties)
		}
	}
}
