package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestForceNounBody: an unknown acronym or one-word name right before
// "officers", "agents" or "soldiers" names a body, which acts; a word of
// a field of work, a longer name, or a body's own short name given in
// parentheses after its full name mints none. All copy is invented.
func TestForceNounBody(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text     string
		agency   string
		rel      string
		unwanted string
	}{
		{text: "Report\n\nOn June 7, DIPROM officers detained Carlos Ruiz Mata in Maracay.",
			agency: "DIPROM", rel: "DIPROM|arrested|Carlos Ruiz Mata"},
		{text: "Report\n\nActivists claimed Polimaracay officers arbitrarily detained Luis Arcaya Pinto.",
			agency: "Polimaracay", rel: "Polimaracay|arrested|Luis Arcaya Pinto"},
		{text: "Report\n\nOur police and Customs officers work night and day.",
			unwanted: "Customs"},
		{text: "Report\n\nThe National Rural Police (PNR) patrols the border. As of August, 38 PNR officers faced charges.",
			unwanted: "PNR"},
	} {
		x := ex.Extract(article(c.text))
		if c.agency != "" && !hasEntity(x, c.agency, schema.Agency) {
			t.Errorf("Extract(%q): no agency %q in %+v", c.text, c.agency, x.Entities)
		}
		if c.rel != "" {
			found := false
			for _, r := range x.Relations {
				found = found || r.Subject+"|"+r.Predicate+"|"+r.Object == c.rel
			}
			if !found {
				t.Errorf("Extract(%q): no relation %s in %+v", c.text, c.rel, x.Relations)
			}
		}
		if c.unwanted != "" {
			for _, e := range x.Entities {
				if e.Name == c.unwanted {
					t.Errorf("Extract(%q): unwanted entity %+v", c.text, e)
				}
			}
		}
	}
}
