package extract

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestAircraftCallSigns checks that "Air Force One" and "Marine One" name
// no service, while the Air Force named alone still is one.
func TestAircraftCallSigns(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"H\nThe President called the Peruvian president from Air Force One on Monday.", false},
		{"H\nThe President left Lima aboard Marine One on Monday.", false},
		{"H\nThe Air Force sent two aircraft to Lima on Monday.", true},
	} {
		x := ex.Extract(article(c.text))
		got := false
		for _, e := range x.Entities {
			if e.Type == schema.Agency && (strings.Contains(strings.ToLower(e.Name), "air force") || strings.Contains(strings.ToLower(e.Name), "marine")) {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("Extract(%q) has the service = %v, want %v: %+v", c.text, got, c.want, x.Entities)
		}
	}
}
