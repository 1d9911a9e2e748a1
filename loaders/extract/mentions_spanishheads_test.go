package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestSpanishGroupHeads checks that the Spanish heads of citizens'
// groups ("Abuelas", "Madres", "Familiares", "Coordinadora") open an
// organisation's name, not a person's. All copy is invented.
func TestSpanishGroupHeads(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, name string
	}{
		{"H\nAccording to Abuelas de la Plaza Roja, 40 grandchildren were found.", "Abuelas de la Plaza Roja"},
		{"H\nMadres de Soacha Libre reported that soldiers killed 11 young men.", "Madres de Soacha Libre"},
		{"H\nFamiliares de Desaparecidos Unidos said the police hid the bodies.", "Familiares de Desaparecidos Unidos"},
		{"H\nCoordinadora Campesina Sur reported 14 killings of land activists.", "Coordinadora Campesina Sur"},
	} {
		x := ex.Extract(article(c.text))
		if !hasNamed(x, c.name, schema.Organization) {
			t.Errorf("Extract(%q) entities = %+v, want Organization %q", c.text, x.Entities, c.name)
		}
	}
}
