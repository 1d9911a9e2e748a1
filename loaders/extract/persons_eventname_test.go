package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestEventNameNoPerson checks that capitalised words ending in a
// gathering's head ("the Executive Planning Meeting", "the Regional
// Security Conference") name an event, not a person, even after a word
// that may be a title. All copy is invented.
func TestEventNameNoPerson(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, person string
		want               bool
	}{
		{"a meeting", "H\nThe minister came to the capital for the Executive Planning Meeting on Monday.", "Planning Meeting", false},
		{"a conference", "H\nThe minister came to the capital for the Executive Harbor Conference on Monday.", "Harbor Conference", false},
		{"a person after a title", "H\nThe minister met Executive Director Carlos Vidal on Monday.", "Carlos Vidal", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if got := hasEntity(x, c.person, schema.Person); got != c.want {
				t.Errorf("Extract(%q): person %q %v, want %v (%+v)", c.text, c.person, got, c.want, x.Entities)
			}
		})
	}
}
