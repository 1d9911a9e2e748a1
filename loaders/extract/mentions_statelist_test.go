package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for this test; none is taken from an
// evaluation article.

// TestStateListed checks that a country's name that is also a US state's,
// listed with other US states, is the state; listed with a country it
// stays the country.
func TestStateListed(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"H\nThe pistols were bought in Ohio, Georgia and Arizona and shipped south to Kingston.", false},
		{"H\nMost seized guns came from Georgia and North Carolina, the report said.", false},
		{"H\nMexico and Georgia signed a customs deal.", true},
		{"H\nArmenia, Georgia and Azerbaijan held talks.", true},
	} {
		x := ex.Extract(article(c.text))
		if got := hasEntity(x, "Georgia", schema.Government); got != c.want {
			t.Errorf("Extract(%q) entities = %+v, want government Georgia: %v", c.text, x.Entities, c.want)
		}
	}
}
