package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for this test; none is taken from an
// evaluation article.

// TestOrgNameAfterNGO checks that "NGO" before a body's name says what the
// body is and is no word of its name.
func TestOrgNameAfterNGO(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ text, name, not string }{
		{"H\nThe local NGO Alliance for a Safer Valley said police killed two farmers.", "Alliance for a Safer Valley", "NGO Alliance for a Safer Valley"},
		{"H\nThe human rights NGO Permanent Council for the Rights of Farmworkers documented the cases.", "Permanent Council for the Rights of Farmworkers", "NGO Permanent Council for the Rights of Farmworkers"},
	} {
		x := ex.Extract(article(c.text))
		if !hasEntity(x, c.name, schema.Organization) {
			t.Errorf("Extract(%q) entities = %+v, want organisation %q", c.text, x.Entities, c.name)
		}
		for _, e := range x.Entities {
			if e.Name == c.not {
				t.Errorf("Extract(%q) has entity %q, want the name without \"NGO\"", c.text, c.not)
			}
		}
	}
}
