package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for this test; none is taken from an
// evaluation article.

// TestOutletArticle checks that a Spanish or Portuguese news outlet keeps
// the article that opens its name, and that other prefix-headed bodies do
// not take one.
func TestOutletArticle(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"H\nOn May 3, El Diario del Valle reported that two guards were detained.", "El Diario del Valle", true},
		{"H\nThe weekly regional newspaper La Radio Serrana said the mayor resigned.", "La Radio Serrana", true},
		{"H\nOn May 3, El Diario del Valle reported that two guards were detained.", "Diario del Valle", false},
		{"H\nStaff of La Fundación Ruritana para el Desarrollo met the minister.", "Fundación Ruritana para el Desarrollo", true},
	} {
		x := ex.Extract(article(c.text))
		if got := hasEntity(x, c.name, schema.Organization); got != c.want {
			t.Errorf("Extract(%q) entities = %+v, want organisation %q: %v", c.text, x.Entities, c.name, c.want)
		}
	}
}
