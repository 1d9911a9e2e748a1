package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestListItemOrgName checks that a bulleted line in title case is a list
// item, no headline: the body named on it is read as one name, the same
// body the prose names. All copy is invented.
func TestListItemOrgName(t *testing.T) {
	ex := newExtractor(t)
	text := "Cutter Returns Home\n\nThe crew thanked the Royal Danish Navy for its help at sea.\n\nUnits that took part:\n\n- Royal Danish Navy Ship Vidar (F 351)\n- Coast Guard Cutter Osprey\n"
	x := ex.Extract(article(text))
	if !hasEntity(x, "Royal Danish Navy", schema.Agency) {
		t.Errorf("Extract(%q): no agency Royal Danish Navy in %+v", text, x.Entities)
	}
	for _, e := range x.Entities {
		if e.Type == schema.Agency && e.Name != "Royal Danish Navy" && fold(e.Name) != "coast guard" {
			for _, a := range append([]string{e.Name}, e.Aliases...) {
				if fold(a) == "danish navy" {
					t.Errorf("Extract(%q): second navy entity %+v", text, e)
				}
			}
		}
	}
}
