package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for this test; none is taken from an
// evaluation article.

// TestNationalForce checks that a state's force named "<state> <kind>
// Force" is an agency, and that a force named without a state is none.
func TestNationalForce(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"H\nSoldiers of the Belize Defence Force patrolled the river on Monday.", "Belize Defence Force", true},
		{"H\nThe Honduran Naval Force seized a go-fast boat.", "Honduran Naval Force", true},
		{"H\nThe Royal Bahamas Police Force arrested two men.", "Royal Bahamas Police Force", true},
		{"H\nThe council backed the Harbour Suppression Force for Haiti.", "Harbour Suppression Force for Haiti", false},
	} {
		x := ex.Extract(article(c.text))
		if got := hasEntity(x, c.name, schema.Agency); got != c.want {
			t.Errorf("Extract(%q) entities = %+v, want agency %q: %v", c.text, x.Entities, c.name, c.want)
		}
	}
}
