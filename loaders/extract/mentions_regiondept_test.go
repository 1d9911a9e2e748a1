package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestRegionDepartment: "<Name> Department" with a proper name or a
// compass point before it and no complement is a country's region, no
// agency, and acts on no one; a department named by its work stays an
// agency. A place the gazetteer knows, or two or three words a place's
// opener starts ("San", "La"), name a region too. All copy is invented.
func TestRegionDepartment(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, name string
		agency     bool
	}{
		{"Killings in the North\n\nMost killings occurred in the Quilombe Department, north of the capital.", "Quilombe Department", false},
		{"Killings in the North\n\nNear a farm in Tarapal, Quilombe Department, unknown gunmen killed Rosendo Alcaraz Benítez.", "Quilombe Department", false},
		{"Killings in the North\n\nMost killings occurred in the West Department, which includes the capital.", "West Department", false},
		{"Killings in the North\n\nTwo farmers were shot near Vilcaya, Zulia Department, on Tuesday.", "Zulia Department", false},
		{"Killings in the North\n\nSoldiers patrolled the San Ormeno Department after the attack.", "San Ormeno Department", false},
		{"Killings in the North\n\nA judge in Pasto, La Verbena Department, ordered the arrests.", "La Verbena Department", false},
		{"Budget Hearing\n\nThe Treasury Department asked for more money on Monday.", "Treasury Department", true},
		{"Budget Hearing\n\nThe minister of the Agricultural Department asked for more money on Monday.", "Agricultural Department", true},
	} {
		x := ex.Extract(article(c.text))
		if got := hasEntity(x, c.name, schema.Agency); got != c.agency {
			t.Errorf("Extract(%q): agency %q = %v, want %v", c.text, c.name, got, c.agency)
		}
		for _, r := range x.Relations {
			if r.Subject == c.name && !c.agency {
				t.Errorf("Extract(%q): a region acts: %+v", c.text, r)
			}
		}
	}
}
