package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestNationalBodies checks that a "National" institute, centre, council
// or commission is a state's agency whatever its field, and that one said
// to be private or named for a party or a church stays an organisation.
// All copy is invented.
func TestNationalBodies(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, name string
		typ        schema.EntityType
	}{
		{"H\nThe National Council of Weights and Trade Skills certified 40 welders in Loma Alta.", "National Council of Weights and Trade Skills", schema.Agency},
		{"H\nThe National Institute of Rural Peoples reported that squatters burned two villages.", "National Institute of Rural Peoples", schema.Agency},
		{"H\nInspectors from the National Center of Licensing and Quality closed three clinics.", "National Center of Licensing and Quality", schema.Agency},
		{"H\nThe quasi-governmental National Integrity Council had a staff of nine.", "National Integrity Council", schema.Organization},
		{"H\nThe National Council of Lutheran Churches asked the police to free the pastor.", "National Council of Lutheran Churches", schema.Organization},
		{"H\nThe National Democratic Union Institute trained poll watchers in Tarima.", "National Democratic Union Institute", schema.Organization},
	} {
		x := ex.Extract(article(c.text))
		if !hasNamed(x, c.name, c.typ) {
			t.Errorf("Extract(%q) entities = %+v, want %s %q", c.text, x.Entities, c.typ, c.name)
		}
	}
}
