package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestCapitalSurname checks that a one-word capital city after a given
// name is a surname, while a capital after other words stays a place.
func TestCapitalSurname(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"a capital after a given name",
			"H\nPolice arrested Carlos Quito, a courier for the Lobos gang, on Monday.", []string{"Carlos Quito"}, nil},
		{"another capital after a given name",
			"H\nThe agents charged Daniel Lima with money laundering.", []string{"Daniel Lima"}, nil},
		{"a capital after a verb stays a place",
			"H\nAna Ruiz met the minister in Quito on Monday.", []string{"Ana Ruiz"}, []string{"Ana Ruiz Quito"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(schema.Article{ID: "t", Text: c.text})
			has := map[string]bool{}
			for _, e := range x.Entities {
				has[e.Name] = true
			}
			for _, w := range c.want {
				if !has[w] {
					t.Errorf("Extract(%q) entities = %+v, want %q", c.text, x.Entities, w)
				}
			}
			for _, w := range c.not {
				if has[w] {
					t.Errorf("Extract(%q) entities = %+v, want no %q", c.text, x.Entities, w)
				}
			}
		})
	}
}
