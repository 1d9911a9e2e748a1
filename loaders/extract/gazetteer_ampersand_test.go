package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestAmpersandStates checks that a two-part state written with "&"
// ("Trinidad & Tobago") is the state, not a company named "A & B".
func TestAmpersandStates(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, want string
	}{
		{"two islands", "H\nOfficers from Trinidad & Tobago seized the boat near Ruritown.", "Trinidad and Tobago"},
		{"an abbreviated saint", "H\nOfficers from St. Kitts & Nevis seized the boat near Ruritown.", "Saint Kitts and Nevis"},
		{"islands and a plural", "H\nOfficers from St. Vincent & the Grenadines seized the boat.", "Saint Vincent and the Grenadines"},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(schema.Article{ID: "t", Text: c.text})
			ok := false
			for _, e := range x.Entities {
				if e.Name == c.want && e.Type == schema.Government {
					ok = true
				}
			}
			if !ok {
				t.Errorf("Extract(%q) entities = %+v, want Government %q", c.text, x.Entities, c.want)
			}
		})
	}
}
