package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestDistrictAttorneys checks that a U.S. Attorney's judicial district is
// the office's body, and that a district named as a place is no body.
func TestDistrictAttorneys(t *testing.T) {
	ex := newExtractor(t)
	text := "H\nThe charges were announced by U.S. Attorney Laura Quintero for the Eastern District of Oregon on Monday."
	x := ex.Extract(article(text))
	if !hasEntity(x, "Eastern District of Oregon", schema.Agency) {
		t.Errorf("Extract(%q) entities = %+v, want the district's agency", text, x.Entities)
	}
	for _, r := range x.Roles {
		if r.Person == "Laura Quintero" && r.Org != "Eastern District of Oregon" {
			t.Errorf("Extract(%q) roles = %+v, want Laura Quintero only at the district", text, x.Roles)
		}
	}
	text = "H\nTwo suspects were flown to the Eastern District of Oregon on Monday."
	if x := ex.Extract(article(text)); hasEntity(x, "Eastern District of Oregon", schema.Agency) {
		t.Errorf("Extract(%q) entities = %+v, want no district agency", text, x.Entities)
	}
}
