package extract

import (
	"sort"
	"strings"
	"testing"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestAgencyOfState checks that an agency named with its state after "of"
// ("the Navy of Peru") belongs to that state: the state is a party of a
// framework the agency's officials meet in.
func TestAgencyOfState(t *testing.T) {
	ex := newExtractor(t)
	text := "H\nChile and Peru opened talks in May. The statement was issued by the Secretary of Defense of Chile and the Under Secretary of the Navy of Peru, who met as the High-Level Port Safety Dialogue."
	x := ex.Extract(article(text))
	for _, a := range x.Agreements {
		if a.Name != "High-Level Port Safety Dialogue" {
			continue
		}
		p := append([]string(nil), a.Parties...)
		sort.Strings(p)
		if got, want := strings.Join(p, "|"), "Chile|Peru"; got != want {
			t.Errorf("Extract(%q) parties = %s, want %s", text, got, want)
		}
		return
	}
	t.Errorf("Extract(%q) agreements = %+v, want the dialogue", text, x.Agreements)
}
