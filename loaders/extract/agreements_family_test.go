package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for this test; none is taken from an
// evaluation article.

// TestAgreementFamily checks that a capitalised name ending in the plural
// "Agreements" is an agreement, and that the governments named around it
// are not guessed as its parties.
func TestAgreementFamily(t *testing.T) {
	ex := newExtractor(t)
	text := "H\nThe plan aims at cutting travel to Peru and implementing the Regional Transit Agreements (RTAs) this year."
	x := ex.Extract(article(text))
	if !hasEntity(x, "Regional Transit Agreements", schema.Agreement) {
		t.Fatalf("Extract(%q) entities = %+v, want agreement %q", text, x.Entities, "Regional Transit Agreements")
	}
	for _, a := range x.Agreements {
		if a.Name == "Regional Transit Agreements" && len(a.Parties) > 0 {
			t.Errorf("Extract(%q) parties of %q = %v, want none", text, a.Name, a.Parties)
		}
	}
}
