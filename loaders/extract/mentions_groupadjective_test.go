package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for this test; none is taken from an
// evaluation article.

// TestOpeningAdjectiveGroups checks that an adjective opening a sentence
// before a lower-case group head names no group, that a one-word name the
// text repeats inside a sentence still does, and that an event named after
// groups is none of them.
func TestOpeningAdjectiveGroups(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"H\nRampant gang violence has displaced thousands in the capital.", "Rampant", false},
		{"H\nEscalating cartel violence drove families north.", "Escalating", false},
		{"H\nTorrential gang attacks closed the port. Police blamed the Torrential gang for the blockade.", "Torrential", true},
		{"H\nShower gang members attacked the station.", "Shower", true},
		{"H\nDelegates met at the Regional Counter Cartel Conference in Lima.", "Cartel Conference", false},
	} {
		x := ex.Extract(article(c.text))
		if got := hasEntity(x, c.name, schema.Cartel); got != c.want {
			t.Errorf("Extract(%q) entities = %+v, want group %q: %v", c.text, x.Entities, c.name, c.want)
		}
	}
}
