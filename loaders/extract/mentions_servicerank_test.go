package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for this test; none is taken from an
// evaluation article.

// TestServiceStylesRank checks that an armed service written before an
// officer's rank ("Navy Adm. X") ends no body's name before it, and that
// the title before the body is the officer's.
func TestServiceStylesRank(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ text, body, notBody, person string }{
		{"H\nThe chairman of the Joint Chiefs of Staff Navy Adm. Tomas Quirell visited Lima.",
			"Joint Chiefs of Staff", "Joint Chiefs of Staff Navy", "Tomas Quirell"},
		{"H\nThe commander of the Border Planning Command Army Gen. Ana Obal spoke on Monday.",
			"Border Planning Command", "Border Planning Command Army", "Ana Obal"},
	} {
		x := ex.Extract(article(c.text))
		if !hasEntity(x, c.body, schema.Agency) {
			t.Errorf("Extract(%q) entities = %+v, want agency %q", c.text, x.Entities, c.body)
		}
		if hasEntity(x, c.notBody, schema.Agency) {
			t.Errorf("Extract(%q) entities = %+v, want no agency %q", c.text, x.Entities, c.notBody)
		}
		if !hasRole(x, c.person, c.body) {
			t.Errorf("Extract(%q) roles = %+v, want %s at %s", c.text, x.Roles, c.person, c.body)
		}
	}
}
