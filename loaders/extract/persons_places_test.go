package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestPlaceNamedAfterPerson checks that a name before the capitalised
// words of a place's or building's name ("the Ana Ruiz Press Briefing
// Room") names no one, while a person before other words stays one. All
// copy is invented.
func TestPlaceNamedAfterPerson(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, person string
		want               bool
	}{
		{"a briefing room", "H\nAna Ruiz Press Briefing Room\n\nThe spokeswoman took questions on Monday.", "Ana Ruiz", false},
		{"a bridge", "H\nTrucks waited at the Carlos Vidal Memorial Bridge on Monday.", "Carlos Vidal", false},
		{"a person who speaks", "H\nCarlos Vidal said on Monday that the bridge would reopen.", "Carlos Vidal", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if got := hasEntity(x, c.person, schema.Person); got != c.want {
				t.Errorf("Extract(%q): person %q %v, want %v (%+v)", c.text, c.person, got, c.want, x.Entities)
			}
		})
	}
}
