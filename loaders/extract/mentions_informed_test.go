package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for this test; none is taken from an
// evaluation article.

// TestInformedBodyName checks that what a body is informed of ("informed
// Congress of the Cabinet's plan") is not part of its name, while a name
// with "of" after another verb stays whole.
func TestInformedBodyName(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ text, want, not string }{
		{"H\nThe minister informed Congress of the Cabinet's plan to cut aid.", "Congress", "Congress of the Cabinet"},
		{"H\nThe agency notified the Ministry of Health of the Government’s decision on Monday.", "Ministry of Health", "Ministry of Health of the Government"},
		{"H\nThe minister visited the Colombian Ministry of National Defense's new offices.", "Colombian Ministry of National Defense", ""},
	} {
		x := ex.Extract(article(c.text))
		if !hasEntity(x, c.want, schema.Agency) {
			t.Errorf("Extract(%q) entities = %+v, want agency %q", c.text, x.Entities, c.want)
		}
		if c.not != "" && hasEntity(x, c.not, schema.Agency) {
			t.Errorf("Extract(%q) entities = %+v, want no agency %q", c.text, x.Entities, c.not)
		}
	}
}
