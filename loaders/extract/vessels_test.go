package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestVesselNames checks that ships' names after a ship word or prefix
// ("the Cutters Alder and Ana Ruiz Jr.", "USS Ana Ruiz") name no person
// and no office of the service before them, while a person after other
// words stays one. All copy is invented.
func TestVesselNames(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, entity string
		typ                schema.EntityType
		want               bool
	}{
		{"a ship named for a person", "H\nThe Coast Guard Cutters Alder and Carlos Vidal Jr. returned to port on Monday.", "Carlos Vidal", schema.Person, false},
		{"a ship prefix", "H\nSailors aboard the USS Maria Ruiz unloaded the cargo on Monday.", "Maria Ruiz", schema.Person, false},
		{"no office of the service", "H\nThe Coast Guard Cutter Alder stopped a boat. Following the stop, the Coast Guard Alder’s boarding team found drugs.", "Coast Guard Alder", schema.Agency, false},
		{"a person after other words", "H\nThe Coast Guard Cutter Alder returned, said Capt. Rosalba Quintana.", "Rosalba Quintana", schema.Person, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if got := hasEntity(x, c.entity, c.typ); got != c.want {
				t.Errorf("Extract(%q): %s %q %v, want %v (%+v)", c.text, c.typ, c.entity, got, c.want, x.Entities)
			}
		})
	}
}
