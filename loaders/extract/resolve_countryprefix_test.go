package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestCountryOnlyInBodyName checks that a country named only at the start
// of a body's name ("U.S. Department of the Treasury", "U.S. Southern Command")
// is no mention of its government, while one named on its own is. All
// copy is invented.
func TestCountryOnlyInBodyName(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		gov        bool
	}{
		{"agency name only", "H\nThe U.S. Department of the Treasury sanctioned three money launderers in Lisbon on Tuesday.", false},
		{"command name only", "H\nU.S. Southern Command sent two ships to the port of Ilo on Friday.", false},
		{"named on its own too", "H\nThe U.S. Department of the Treasury sanctioned three money launderers. The United States will act again.", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if got := hasEntity(x, "United States", schema.Government); got != c.gov {
				t.Errorf("Extract(%q): United States government %v, want %v (%+v)", c.text, got, c.gov, x.Entities)
			}
		})
	}
}
