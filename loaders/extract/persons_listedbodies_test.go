package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestListedBodies checks that unclaimed capitalised names in a list of
// organisations are organisations, and that a list with one organisation,
// or a given name, makes none. All copy is invented.
func TestListedBodies(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		orgs, not  []string
	}{
		{"names between two bodies",
			"H\nPartners include the Quellat Foundation, Tamsado-Sur, Brevik Impact, and Pirca Capital, which pledged $5 million.",
			[]string{"Tamsado-Sur", "Brevik Impact"}, nil},
		{"a name closing the list",
			"H\nThe grants went to the Quellat Foundation, the Pirca Institute and Brevik on Monday.",
			[]string{"Brevik"}, nil},
		{"one body only",
			"H\nThe grants went to the Quellat Foundation and Brevik Tamsado on Monday.",
			nil, []string{"Brevik Tamsado"}},
		{"a person's given name",
			"H\nThe Quellat Foundation, Ana Tamsado and the Pirca Institute signed the letter.",
			nil, []string{"Ana Tamsado"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			for _, o := range c.orgs {
				if !hasEntity(x, o, schema.Organization) {
					t.Errorf("Extract(%q): no organisation %q in %+v", c.text, o, x.Entities)
				}
			}
			for _, o := range c.not {
				if hasEntity(x, o, schema.Organization) {
					t.Errorf("Extract(%q): organisation %q, want none", c.text, o)
				}
			}
		})
	}
}
