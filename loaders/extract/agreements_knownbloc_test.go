package extract

import (
	"reflect"
	"testing"
)

// The sentences and the agreement below are invented for this test; none
// is taken from an evaluation article.

// TestKnownBlocParty checks that a bloc the gazetteer lists among a known
// agreement's parties is one when the text names it, and not when it
// does not.
func TestKnownBlocParty(t *testing.T) {
	ex := extractorWithAgreement(t, "Isthmus Customs Security Initiative\tICSI\tUnited States;Central American Integration System;Mexico;Costa Rica\t")
	for _, c := range []struct {
		text string
		want []string
	}{
		{"H\nSICA ministers met in Guatemala City on Monday.\n\nUnder the Isthmus Customs Security Initiative, the United States and Mexico train border officers.",
			[]string{"Central American Integration System", "Mexico", "United States"}},
		{"H\nUnder the Isthmus Customs Security Initiative, the United States and Mexico train border officers.",
			[]string{"Mexico", "United States"}},
	} {
		x := ex.Extract(article(c.text))
		got, _ := agreementParties(x, "Isthmus Customs Security Initiative")
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("Extract(%q) parties = %v, want %v (agreements %+v)", c.text, got, c.want, x.Agreements)
		}
	}
}
