package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestEmbassySeat checks that "Embassy of X in Y" names the embassy with
// its seat, and that "in" after another body's name still ends it.
func TestEmbassySeat(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, body string
		want             bool
	}{
		{"seat after the state", "Visit Ends\n\nMr. Tom Vale, Chargé d'Affaires at the Embassy of Peru in the United States, spoke.", "Embassy of Peru in the United States", true},
		{"seat, a country", "Visit Ends\n\nOfficials of the Embassy of Chile in Peru spoke.", "Embassy of Chile in Peru", true},
		{"a ministry's name ends before in", "Visit Ends\n\nThe Ministry of Defense in Peru spoke.", "Ministry of Defense in Peru", false},
	} {
		x := ex.Extract(article(c.text))
		if got := hasNamed(x, c.body, schema.Agency); got != c.want {
			t.Errorf("%s: Extract(%q) has agency %q = %v, want %v (entities %+v)", c.name, c.text, c.body, got, c.want, x.Entities)
		}
	}
}
