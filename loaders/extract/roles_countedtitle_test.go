package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestCountedTitleRoles checks that the names a report lists after a
// counted plural title hold its singular post at the report's state.
func TestCountedTitleRoles(t *testing.T) {
	ex := newExtractor(t)
	report := "Uruguay 2031 Human Rights Report: Section 4. Corruption\n\n"
	for _, c := range []struct {
		name, text string
		want       []string // person — title — org
	}{
		{"two counted titles",
			report + "In June prosecutors charged two former presidents, Carlos Mendez and Juan Pablo Moreno, and three former ministers, Ana Quiroz, Pedro Lemos, and Luis Farrel, with embezzlement.",
			[]string{"Carlos Mendez — former president — Uruguay", "Juan Pablo Moreno — former president — Uruguay",
				"Ana Quiroz — former minister — Uruguay", "Pedro Lemos — former minister — Uruguay", "Luis Farrel — former minister — Uruguay"}},
		{"no count, no post",
			report + "In June prosecutors charged former business partners, Carlos Mendez and Juan Pablo Moreno, with fraud.",
			nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			got := map[string]bool{}
			for _, r := range x.Roles {
				got[r.Person+" — "+r.Title+" — "+r.Org] = true
			}
			for _, w := range c.want {
				if !got[w] {
					t.Errorf("Extract(%q) roles = %+v, want %q", c.text, x.Roles, w)
				}
			}
			if c.want == nil && len(x.Roles) > 0 {
				t.Errorf("Extract(%q) roles = %+v, want none", c.text, x.Roles)
			}
		})
	}
}
