package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestPluralDocumentHeads checks that a plural document noun after a
// title-like word ("a series of Executive Orders") names no one. All copy
// is invented.
func TestPluralDocumentHeads(t *testing.T) {
	ex := newExtractor(t)
	x := ex.Extract(article("H\nThe governor has already acted through a series of Executive Orders that close the ports.\n"))
	for _, n := range []string{"Orders", "Executive Orders"} {
		if hasNamed(x, n, schema.Person) {
			t.Errorf("entities = %+v, want no person %q", x.Entities, n)
		}
	}
}
