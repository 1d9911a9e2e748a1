package extract

import (
	"slices"
	"testing"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestShortenedNames checks that a shortened form of a full name given
// before is the same person, and that a form fitting two people, or naming
// another first name, is not merged.
func TestShortenedNames(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, full, short string
		want                    bool
	}{
		{"middle name dropped", "Mayor Sanctioned\n\nTreasury sanctioned mayor Erik Salvador Ruano Lopez on Monday. Officials say Erik Ruano Lopez moved cocaine.",
			"Erik Salvador Ruano Lopez", "Erik Ruano Lopez", true},
		{"maternal surname dropped", "Suspect Freed\n\nPolice arrested Juan Carlos Mendez Rojas in Lima. Juan Mendez was later released.",
			"Juan Carlos Mendez Rojas", "Juan Mendez", true},
		{"two full names fit", "Suspects Freed\n\nPolice arrested Juan Carlos Mendez Rojas and Juan Pablo Mendez Soto in Lima. Juan Mendez was later released.",
			"Juan Carlos Mendez Rojas", "Juan Mendez", false},
		{"another first name", "Suspect Freed\n\nPolice arrested Juan Carlos Mendez Rojas in Lima. Pedro Mendez Rojas was later released.",
			"Juan Carlos Mendez Rojas", "Pedro Mendez Rojas", false},
	} {
		x := ex.Extract(article(c.text))
		got := false
		for _, e := range x.Entities {
			if e.Name == c.full && slices.Contains(e.Aliases, c.short) {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%s: Extract(%q) has %q with alias %q = %v, want %v (entities %+v)", c.name, c.text, c.full, c.short, got, c.want, x.Entities)
		}
	}
}
