package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestNumberedUnits checks that a unit's number after its head noun is
// part of its name, while a count after a body's name is not. All copy is
// invented.
func TestNumberedUnits(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, want string
		ok               bool
	}{
		{"detachment", "H\nCrew from Law Enforcement Detachment 204 boarded the skiff at dawn.", "Law Enforcement Detachment 204", true},
		{"task force", "H\nThe boat was seized by Joint Task Force 9 on Monday.", "Joint Task Force 9", true},
		{"a count after the unit", "H\nThe Helicopter Squadron 12 aircraft flew on Monday.", "Helicopter Squadron 12", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if got := hasNamed(x, c.want, schema.Agency); got != c.ok {
				t.Errorf("Extract(%q): agency %q = %v, want %v; entities %+v", c.text, c.want, got, c.ok, x.Entities)
			}
		})
	}
}
