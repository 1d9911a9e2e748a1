package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestPoliticalPartyNamedAfter: "the political party X", "the opposition
// party X" name a party; "the party" alone before a capitalised word does
// not. All copy is invented.
func TestPoliticalPartyNamedAfter(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"Security news\n\nPolice detained four activists of the political party Accion Civica on Monday.", "Accion Civica", true},
		{"Security news\n\nLeaders of the opposition party Unidad Ciudadana met in Lima.", "Unidad Ciudadana", true},
		{"Security news\n\nThe party Secretary spoke in Lima on Monday.", "Secretary", false},
	} {
		x := ex.Extract(article(c.text))
		if got := hasEntity(x, c.name, schema.Organization); got != c.want {
			t.Errorf("Extract(%q): organisation %q = %v, want %v (%+v)", c.text, c.name, got, c.want, x.Entities)
		}
	}
}
