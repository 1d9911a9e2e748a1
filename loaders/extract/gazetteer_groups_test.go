package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestForeignArmedGroups checks that armed groups from outside the region
// known to partner its groups are groups, not state bodies, under the
// spellings governments use. All copy is invented.
func TestForeignArmedGroups(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ name, text, want string }{
		{"State Department spelling", "H\nThe ministers discussed financiers of Hizballah in the tri-border area.", "Hezbollah"},
		{"common spelling", "H\nThe ministers discussed financiers of Hezbollah in the region.", "Hezbollah"},
		{"a group named as an army", "H\nThe rebels were said to have trained with the Irish Republican Army in the 1990s.", "Irish Republican Army"},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if !hasEntity(x, c.want, schema.Cartel) || hasEntity(x, c.want, schema.Agency) {
				t.Errorf("Extract(%q) entities = %+v, want the group %q", c.text, x.Entities, c.want)
			}
		})
	}
}
