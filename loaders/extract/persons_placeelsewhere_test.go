package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for this test; none is taken from an
// evaluation article.

// TestPlaceNamedElsewhere checks that a one-word name the text calls a
// place elsewhere names no person where a speech verb stands near it, and
// that a surname the text never calls a place still does.
func TestPlaceNamedElsewhere(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"H\nCocaine moves through the port of Quelmar. Officials say Quelmar has become the main exit point.", "Quelmar", false},
		{"H\nTroops patrol the Varela department. Residents say Varela has grown violent.", "Varela", false},
		{"H\nThe mayor of the capital resigned. Analysts say Quelmar has become the main suspect, Quelmar said.", "Quelmar", true},
	} {
		x := ex.Extract(article(c.text))
		if got := hasEntity(x, c.name, schema.Person); got != c.want {
			t.Errorf("Extract(%q) entities = %+v, want person %q: %v", c.text, x.Entities, c.name, c.want)
		}
	}
}
