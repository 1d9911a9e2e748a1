package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestKinList checks that a possessive and a plural relative noun set off
// by a comma ("her two sons, X and Y") make the first name of the list
// after them a person's, as a singular relative noun does. All copy is
// invented.
func TestKinList(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, person string
		want               bool
	}{
		{"two sons", "H\nThe reward covers her two sons, Anselmo Pirir Batzin and Juan Carlos Pirir Batzin.", "Anselmo Pirir Batzin", true},
		{"brothers", "H\nPolice sought his brothers, Ruperto Cuxil, Evaristo Cuxil and Jorge Cuxil, on Monday.", "Ruperto Cuxil", true},
		{"siblings", "H\nTheir siblings, Zorvan Quelix Brantuna and Welmarid Brantuna, were convicted in 2019.", "Welmarid Brantuna", true},
		{"children", "H\nHer children, Ixtabel Quarn Fosk and Telmor Quarn Fosk, were charged.", "Ixtabel Quarn Fosk", true},
		{"parents", "H\nHis parents, Ixtabel Quarn Fosk and Telmor Quarn Fosk, were detained.", "Telmor Quarn Fosk", true},
		{"no possessive", "H\nThe officials met on Monday with partners, Ruperto Cuxil among them.", "Ruperto Cuxil", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if got := hasEntity(x, c.person, schema.Person); got != c.want {
				t.Errorf("Extract(%q): person %q %v, want %v (%+v)", c.text, c.person, got, c.want, x.Entities)
			}
		})
	}
}
