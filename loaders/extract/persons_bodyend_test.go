package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestBodyEndsNoPerson checks that a capitalised run ending in "Team",
// "System", "Reserve" or "Observatory" is no person, even next to a
// reporting verb. All copy is invented.
func TestBodyEndsNoPerson(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ text, name string }{
		{"H\nCoastal Survey Team reported 12 graves near the dunes.", "Coastal Survey Team"},
		{"H\nAccording to Prison System, 300 inmates lacked beds.", "Prison System"},
		{"H\nLoma Verde Biosphere Reserve said loggers had cut 40 hectares.", "Loma Verde Biosphere Reserve"},
		{"H\nRural Violence Observatory reported 19 killings.", "Rural Violence Observatory"},
	} {
		x := ex.Extract(article(c.text))
		if hasNamed(x, c.name, schema.Person) {
			t.Errorf("Extract(%q) entities = %+v, want no person %q", c.text, x.Entities, c.name)
		}
	}
}
