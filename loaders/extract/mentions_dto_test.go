package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestTraffickingOrganization checks that a name ending in "Drug
// Trafficking Organization" or "Criminal Organization" is a criminal
// group, while another organisation stays one.
func TestTraffickingOrganization(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, name string
		typ        schema.EntityType
	}{
		{"Sanctions\n\nTreasury sanctioned the Peru-based Los Halcones Drug Trafficking Organization on Tuesday.", "Los Halcones Drug Trafficking Organization", schema.Cartel},
		{"Sanctions\n\nTreasury sanctioned the Andes Transnational Criminal Organization on Tuesday.", "Andes Transnational Criminal Organization", schema.Cartel},
		{"Sanctions\n\nThe Andean Health Organization praised the move on Tuesday.", "Andean Health Organization", schema.Organization},
	} {
		x := ex.Extract(article(c.text))
		if !hasNamed(x, c.name, c.typ) {
			t.Errorf("Extract(%q) entities = %+v, want %s %q", c.text, x.Entities, c.typ, c.name)
		}
	}
}
