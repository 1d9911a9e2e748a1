package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestAcronymCliqueNames checks that capitalised words an acronym in
// parentheses and the word "clique" follow name a criminal group (with
// the acronym as an alias), and that other parenthesised acronyms do not.
// All copy is invented.
func TestAcronymCliqueNames(t *testing.T) {
	cases := []struct {
		name, text, group, alias string
	}{
		{"clique of the gang", "Court papers say Ramon Ortega Villa led the Harbor Side Locos (HSL) clique of MS-13 for years. HSL sold guns.",
			"Harbor Side Locos", "HSL"},
		{"capital Clique", "He was a member of the Riverbend Salvatruchos (RBS) Clique of MS-13.", "Riverbend Salvatruchos", "RBS"},
		{"no clique word", "He worked for the Harbor Side Authority (HSA) in the port.", "", ""},
		{"one word only", "He was a member of the Riverbend (RB) clique.", "", ""},
	}
	ex := newExtractor(t)
	for _, c := range cases {
		x := ex.Extract(article("Gang news\n\n" + c.text + "\n"))
		var got *schema.Entity
		for i, e := range x.Entities {
			if e.Type == schema.Cartel && e.Name != "MS-13" && e.Name != "Mara Salvatrucha" {
				got = &x.Entities[i]
			}
		}
		checkGroupFound(t, c.name, c.text, x, got, c.group, c.alias)
	}
}
