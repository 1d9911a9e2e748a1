package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for this test; none is taken from an
// evaluation article.

// TestOrgNamedAfterPersonParticle checks that a body named after a person
// whose name holds a particle keeps the whole name.
func TestOrgNamedAfterPersonParticle(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ text, name string }{
		{"H\nStudents at the Francisco de Asís Valdelomar University protested on Monday.", "Francisco de Asís Valdelomar University"},
		{"H\nThe Maria da Silva Foundation funds the shelter.", "Maria da Silva Foundation"},
	} {
		x := ex.Extract(article(c.text))
		if !hasEntity(x, c.name, schema.Organization) {
			t.Errorf("Extract(%q) entities = %+v, want organisation %q", c.text, x.Entities, c.name)
		}
	}
}
