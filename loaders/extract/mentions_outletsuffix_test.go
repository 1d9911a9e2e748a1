package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for this test; none is taken from an
// evaluation article.

// TestOutletSuffix checks that a capitalised name before "newspaper",
// "news outlet" or "television station" is a news outlet, and that a
// place's paper is not one.
func TestOutletSuffix(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"H\nAccording to Voz Andina news outlet, the guards beat two inmates.", "Voz Andina", true},
		{"H\nPolice stopped reporters from the Telemar television station on Monday.", "Telemar", true},
		{"H\nThe minister bought the Editorial Ruritana newspaper group in May.", "Editorial Ruritana", true},
		{"H\nA Lima newspaper reported the arrests on Monday.", "Lima", false},
	} {
		x := ex.Extract(article(c.text))
		if got := hasEntity(x, c.name, schema.Organization); got != c.want {
			t.Errorf("Extract(%q) entities = %+v, want organisation %q: %v", c.text, x.Entities, c.name, c.want)
		}
	}
}
