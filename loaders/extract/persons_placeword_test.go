package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestPersonAppositionWithPlace checks that an apposition naming what a
// person is may say where they are from ("a Texas nursing student", "a
// Honduran farmer") and go on with an adverb and a participle, while an
// apposition naming a place is still no person's. All copy is invented.
func TestPersonAppositionWithPlace(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, person string
		want               bool
	}{
		{"a state before the noun", "H\nThe bill honors the memory of Dalen Hartley, a Texas nursing student killed last year.", "Dalen Hartley", true},
		{"an adverb before the participle", "H\nThe bill honors the memory of Dalen Hartley, a Honduran farmer brutally attacked in May.", "Dalen Hartley", true},
		{"a place", "H\nThe boats left from Puerto Quelmo, a Honduran town hit by storms.", "Puerto Quelmo", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if got := hasNamed(x, c.person, schema.Person); got != c.want {
				t.Errorf("Extract(%q): person %q = %v, want %v; entities %+v", c.text, c.person, got, c.want, x.Entities)
			}
		})
	}
}
