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

// TestPlaceAfterBearing checks that a name after a compass bearing and
// "of" ("four miles east of Carla Point") is a place, even when it opens
// with a given name, while a person after "of" stays one. All copy is
// invented.
func TestPlaceAfterBearing(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, person string
		want         bool
	}{
		{"H\nThe crew spotted a boat about four miles east of Carla Point on Sunday.", "Carla Point", false},
		{"H\nA second boat was found 10 miles southwest of Marco Island, Florida.", "Marco Island", false},
		{"H\nThe arrest of Carla Pointe, a smuggler, was announced on Sunday.", "Carla Pointe", true},
	} {
		x := ex.Extract(article(c.text))
		if got := hasEntity(x, c.person, schema.Person); got != c.want {
			t.Errorf("Extract(%q): person %q %v, want %v (%+v)", c.text, c.person, got, c.want, x.Entities)
		}
	}
}
