package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestFormerStates checks that states that no longer exist, named in
// speeches of their time, are governments in their own right and not the
// state that took their place. All copy is invented.
func TestFormerStates(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want       []schema.Entity
		notWant    []string
	}{
		{"a divided state's half",
			"Address on the Harbour\n\nTonight the ships of East Germany lie in the harbour, and the crews are East German.",
			[]schema.Entity{{Name: "East Germany", Type: schema.Government}}, []string{"Germany"}},
		{"a hyphenated old spelling",
			"Address on the Harbour\n\nThe guns came from North Viet-Nam and went on to the coast.",
			[]schema.Entity{{Name: "North Vietnam", Type: schema.Government}}, nil},
		{"a dissolved federation",
			"Address on the Harbour\n\nThe delegates of Czechoslovakia and Yugoslavia signed the protocol.",
			[]schema.Entity{{Name: "Czechoslovakia", Type: schema.Government}, {Name: "Yugoslavia", Type: schema.Government}}, nil},
		{"a union of republics, not an organisation",
			"Address on the Harbour\n\nThe missiles came from the Soviet Union, and Soviet ships carried them past the cape.",
			[]schema.Entity{{Name: "Soviet Union", Type: schema.Government}}, []string{"Russia"}},
		{"a republic of the last century",
			"Message on the Isthmus\n\nThe Republic of New Granada granted the right of way across the isthmus to the company.",
			[]schema.Entity{{Name: "New Granada", Type: schema.Government}}, []string{"Colombia"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkEntities(t, c.text, ex.Extract(article(c.text)), c.want, c.notWant)
		})
	}
}
