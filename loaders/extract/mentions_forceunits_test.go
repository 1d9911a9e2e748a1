package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestForceUnits checks that a group or company of a state's police or
// armed forces is an agency, and a private group or company stays an
// organisation. All copy is invented.
func TestForceUnits(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, name string
		typ        schema.EntityType
	}{
		{"H\nOfficers of the Police Intervention Group raided the market at dawn.", "Police Intervention Group", schema.Agency},
		{"H\nSoldiers of the Fourth Jaguar Company burned two boats on the river.", "Fourth Jaguar Company", schema.Agency},
		{"H\nThe Airborne Rangers Group trained with local troops for a month.", "Airborne Rangers Group", schema.Agency},
		{"H\nThe DEA Port Liaison Group seized 200 kilos in the harbor.", "DEA Port Liaison Group", schema.Agency},
		{"H\nThe Riverside Consulting Group advised the mayor on traffic.", "Riverside Consulting Group", schema.Organization},
		{"H\nThe Northern Railroad Company carried the ore to the port.", "Northern Railroad Company", schema.Organization},
	} {
		x := ex.Extract(article(c.text))
		if !hasNamed(x, c.name, c.typ) {
			t.Errorf("Extract(%q) entities = %+v, want %s %q", c.text, x.Entities, c.typ, c.name)
		}
	}
}
