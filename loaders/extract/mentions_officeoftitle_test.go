package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestOfficeOfTitle checks that an office named after the post heading it
// keeps the post's title in its name when no person's name follows, and
// that a name after the title is still a person's. All copy is invented.
func TestOfficeOfTitle(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, name string
		typ        schema.EntityType
	}{
		{"H\nThe Office of the Auditor General found that the port authority overpaid for cranes.", "Office of the Auditor General", schema.Agency},
		{"H\nIn June the Office of the Military Prosecutor charged two sergeants with torture.", "Office of the Military Prosecutor", schema.Agency},
		{"H\nThe Office of the Prime Minister denied the report, calling it false.", "Office of the Prime Minister", schema.Agency},
		{"H\nThe Office of the Comptroller General Rosa Pardo audited the fund.", "Rosa Pardo", schema.Person},
	} {
		x := ex.Extract(article(c.text))
		if !hasNamed(x, c.name, c.typ) {
			t.Errorf("Extract(%q) entities = %+v, want %s %q", c.text, x.Entities, c.typ, c.name)
		}
	}
}
