package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestHeadlineHomeBody checks that a bare body the headline names as the
// home country's stays that body after another country is named, and
// makes no body of that country. All copy is invented.
func TestHeadlineHomeBody(t *testing.T) {
	ex := newExtractor(t)
	text := "Coast Guard seizes cocaine near Caribbean\n\nA patrol plane spotted a boat 100 miles south of the Dominican Republic.\n\nThe Coast Guard stopped the boat and seized two tons of cocaine."
	x := ex.Extract(article(text))
	for _, e := range x.Entities {
		if e.Type == schema.Agency && e.Name != "U.S. Coast Guard" {
			t.Errorf("Extract(%q): agency %q, want only the U.S. Coast Guard (%+v)", text, e.Name, x.Entities)
		}
	}
	if !hasEntity(x, "U.S. Coast Guard", schema.Agency) {
		t.Errorf("Extract(%q) entities = %+v, want the U.S. Coast Guard", text, x.Entities)
	}
}
