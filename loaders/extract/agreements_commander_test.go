package extract

import (
	"sort"
	"strings"
	"testing"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestCommanderSignsForCommand checks that a commander who signs an
// agreement signs for the command, and a minister for the government.
func TestCommanderSignsForCommand(t *testing.T) {
	ex := newExtractor(t)
	text := "Navy Leaders Sign Pact in Lima\n\nAdm. John Carver, commander of U.S. Fourth Fleet, met with Peruvian Defense Minister Luis Otero on Tuesday.\n\nCarver and Otero signed a Coastal Track Awareness Sharing (CTAS) agreement on Tuesday."
	x := ex.Extract(article(text))
	for _, a := range x.Agreements {
		if a.Name != "Coastal Track Awareness Sharing" {
			continue
		}
		p := append([]string(nil), a.Parties...)
		sort.Strings(p)
		if got, want := strings.Join(p, "|"), "Peru|U.S. Fourth Fleet"; got != want {
			t.Errorf("Extract(%q) parties = %s, want %s", text, got, want)
		}
		return
	}
	t.Errorf("Extract(%q) agreements = %+v, want the CTAS agreement", text, x.Agreements)
}
