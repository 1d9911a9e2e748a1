package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestFalseTitle checks that a lower-case noun for what someone is or
// does, written right before a name as a title would be ("drug
// trafficker X"), makes the name a person's, while the plural head of a
// group's name does not. All copy is invented.
func TestFalseTitle(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, person string
		want               bool
	}{
		{"a crime trade", "H\nPolice arrested drug trafficker Rosalba Quintana on Monday.", "Rosalba Quintana", true},
		{"an alleged smuggler", "H\nOfficers detained alleged smuggler Anselmo Quirarte near the border.", "Anselmo Quirarte", true},
		{"a drug lord", "H\nThe arrest of drug lord Fulgencio Batzin followed a long hunt.", "Fulgencio Batzin", true},
		{"a businessman", "H\nThe bank froze accounts of businessman Evaristo Cuxtal last year.", "Evaristo Cuxtal", true},
		{"no noun before", "H\nThe arrest followed weeks of work with Rosalba Quintana on the list.", "Rosalba Quintana", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if got := hasEntity(x, c.person, schema.Person); got != c.want {
				t.Errorf("Extract(%q): person %q %v, want %v (%+v)", c.text, c.person, got, c.want, x.Entities)
			}
		})
	}
}
