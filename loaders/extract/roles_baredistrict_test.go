package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestBareStateDistrict checks that a U.S. attorney's district without a
// side ("District of Vermont") is the office's body, whether the name
// comes before or after it, and that the capital's district, split in
// how its office is named, is left to other rules. All copy is invented.
func TestBareStateDistrict(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, person, title, district string
	}{
		{"title and district before the name", "H\nThe sentence was announced by U.S. Attorney for the District of Vermont Lena M. Okafor; Chief Dan Holm of the Harbor Police.",
			"Lena M. Okafor", "U.S. Attorney", "District of Vermont"},
		{"district after the name", "H\nThe case was announced by Acting U.S. Attorney Lena M. Okafor for the District of New Hampshire.",
			"Lena M. Okafor", "Acting U.S. Attorney", "District of New Hampshire"},
		{"capital left alone", "H\nThe case was announced by U.S. Attorney for the District of Columbia Lena M. Okafor.",
			"Lena M. Okafor", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			found := false
			for _, r := range x.Roles {
				if r.Person == c.person && r.Org == "District of Columbia" {
					t.Errorf("Extract(%q) roles = %+v, want none at the capital's district", c.text, x.Roles)
				}
				found = found || r.Person == c.person && r.Title == c.title && r.Org == c.district
			}
			if c.district != "" && (!found || !hasEntity(x, c.district, schema.Agency)) {
				t.Errorf("Extract(%q) roles = %+v entities %+v, want %s %s at %s", c.text, x.Roles, x.Entities, c.person, c.title, c.district)
			}
		})
	}
}
