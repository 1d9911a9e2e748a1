package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for this test; none is taken from an
// evaluation article.

// TestMediaNameNumber checks that a news outlet introduced by what it is
// keeps a number that ends its name, and that a number after other bodies
// stays out of their names.
func TestMediaNameNumber(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"H\nThe newspaper Diario 21 reported the raid on Monday.", "Diario 21", true},
		{"H\nThe broadcaster Canal 9 aired the footage.", "Canal 9", true},
		{"H\nThe consultancy Andes Risk 2 said so.", "Andes Risk 2", false},
	} {
		x := ex.Extract(article(c.text))
		if got := hasEntity(x, c.name, schema.Organization); got != c.want {
			t.Errorf("Extract(%q) entities = %+v, want organisation %q: %v", c.text, x.Entities, c.name, c.want)
		}
	}
}
