package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestHyphenParticleName checks that a body's name runs on through a
// hyphenated place name with a lowercase particle ("Court of Port-de-Paix"),
// and that a plain hyphenated word still ends where it did. All copy is
// invented.
func TestHyphenParticleName(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, body string
		typ              schema.EntityType
	}{
		{"particle place", "In May the First Instance Court of Belvor-de-Vance freed two men.", "First Instance Court of Belvor-de-Vance", schema.Agency},
		{"plain place", "In May the First Instance Court of Belvor freed two men.", "First Instance Court of Belvor", schema.Agency},
	} {
		x := ex.Extract(article("Head\n\n" + c.text + "\n"))
		if !hasEntity(x, c.body, c.typ) {
			t.Errorf("%s: Extract(%q) entities %+v, want %s %s", c.name, c.text, x.Entities, c.typ, c.body)
		}
	}
}
