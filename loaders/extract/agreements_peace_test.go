package extract

import (
	"reflect"
	"testing"
)

// The sentences and agreements below are invented for this test; none is
// taken from an evaluation article.

// TestPeaceHolders checks that the governments a readout names around a
// peace agreement are not its parties, unless one is named as its holder,
// and that parties the text states stay.
func TestPeaceHolders(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, agreement string
		want            []string
	}{
		{"H\nSecretary Ana Ruiz spoke with Peruvian President-Elect Tomás Vela. She noted U.S. support for full implementation of Peru's commitments under the 2021 Peace Accord and discussed the U.S.-Peru trade agenda.",
			"2021 Peace Accord", []string{"Peru"}},
		{"H\nIn Peru, Mr. Ruiz met with President Tomás Vela to build on our partnership with Peru, including our support for the Peace Accord implementation and deepening U.S.-Peruvian economic ties.",
			"Peace Accord", nil},
		{"H\nEcuador and Peru signed the Cordillera Peace Accord in 1998.",
			"Cordillera Peace Accord", []string{"Ecuador", "Peru"}},
	} {
		x := ex.Extract(article(c.text))
		got, found := agreementParties(x, c.agreement)
		if !found || !reflect.DeepEqual(got, c.want) {
			t.Errorf("Extract(%q) parties of %q = %v (found %v), want %v", c.text, c.agreement, got, found, c.want)
		}
	}
}
