package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestKnownAcronymEndsBody checks that a known body's acronym after "and"
// ends the name of the body before it, and that a portfolio joined by
// "and" stays one name. All copy is invented.
func TestKnownAcronymEndsBody(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want, not  string
	}{
		{"an acronym after and",
			"H\nThe court is a separate entity from the Department of Homeland Security and ICE. Officers will seek his removal.",
			"Department of Homeland Security", "Department of Homeland Security and ICE"},
		{"a portfolio joined by and",
			"H\nThe Department of Health and Human Services opened an office in Lima.",
			"Department of Health and Human Services", "Department of Health"},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if !hasEntity(x, c.want, schema.Agency) {
				t.Errorf("Extract(%q): no agency %q in %+v", c.text, c.want, x.Entities)
			}
			if hasNamed(x, c.not, schema.Agency) {
				t.Errorf("Extract(%q): agency %q, want none", c.text, c.not)
			}
		})
	}
}
