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

// TestDistrictBeforeSurname checks that a U.S. attorney's title with its
// district before a surname ("U.S. Attorney for the Western District of
// Oregon Varga") names the person by that surname and the district's
// office as the body.
func TestDistrictBeforeSurname(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, person, district string
	}{
		{"two-word state", "H\nI am joined by U.S. Attorney for the Eastern District of New York Okafor, and others.", "Okafor", "Eastern District of New York"},
		{"one-word state", "H\nI am joined by Acting U.S. Attorney for the Western District of Oregon Varga and FBI Director Holm.", "Varga", "Western District of Oregon"},
		{"last in the list", "H\nThanks go to U.S. Attorney for the Middle District of Georgia Brandt.", "Brandt", "Middle District of Georgia"},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if !hasEntity(x, c.person, schema.Person) || !hasEntity(x, c.district, schema.Agency) {
				t.Errorf("Extract(%q) entities = %+v, want %s and %s", c.text, x.Entities, c.person, c.district)
			}
			if hasEntity(x, "Georgia", schema.Government) {
				t.Errorf("Extract(%q) entities = %+v, want no Georgia government", c.text, x.Entities)
			}
			found := false
			for _, r := range x.Roles {
				found = found || r.Person == c.person && r.Org == c.district
			}
			if !found {
				t.Errorf("Extract(%q) roles = %+v, want %s at %s", c.text, x.Roles, c.person, c.district)
			}
		})
	}
}

// TestCourtOfADistrict checks that a federal court's name runs on over
// the district it sits in, written with "in" as with "for".
func TestCourtOfADistrict(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ name, text, want string }{
		{"in the district of a place", "H\nHe will appear today in the U.S. District Court in the District of Guam.", "U.S. District Court in the District of Guam"},
		{"in a side's district", "H\nHe will appear today in the U.S. District Court in the Eastern District of Oregon.", "U.S. District Court in the Eastern District of Oregon"},
		{"for a side's district", "H\nHe was convicted in U.S. District Court for the Western District of Ohio in May.", "U.S. District Court for the Western District of Ohio"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if x := ex.Extract(article(c.text)); !hasEntity(x, c.want, schema.Agency) {
				t.Errorf("Extract(%q) entities = %+v, want %q", c.text, x.Entities, c.want)
			}
		})
	}
}
