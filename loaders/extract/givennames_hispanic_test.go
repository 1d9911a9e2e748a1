package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestCommonHispanicGivenNames checks that common Spanish and Central
// American given names make a person of a name with no other evidence
// (no title, no speech verb). All copy is invented.
func TestCommonHispanicGivenNames(t *testing.T) {
	ex := newExtractor(t)
	for _, name := range []string{"Eleazar Ortiz", "Efrain Salas", "Nery Castillo", "Rosendo Vega"} {
		x := ex.Extract(article("H\nThe route was run for years by " + name + " and two cousins."))
		if !hasNamed(x, name, schema.Person) {
			t.Errorf("entities = %+v, want person %q", x.Entities, name)
		}
	}
}
