package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestNGONamed: a name after "the NGO" or "the human rights NGO" is an
// organisation's; a longer name read by its head word is left whole.
func TestNGONamed(t *testing.T) {
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, text, want string
		not              string
	}{
		{"the NGO X", "The NGO Tekove reported 40 cases of abuse in the north.", "Tekove", ""},
		{"the human rights NGO X", "The human rights NGO Tekove Pora reported 40 cases of abuse in the north.", "Tekove Pora", ""},
		{"a longer name", "The NGO Consultancy for Rural Rights reported 40 cases of abuse in the north.", "", "Consultancy"},
		{"a longer name over two connectors", "The NGO Hijas de la Sierra reported 40 cases of abuse in the north.", "", "Hijas"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(schema.Article{ID: "t", Text: "Paraguay 2021 Human Rights Report: c. Torture\n\n" + c.text})
			found := false
			for _, e := range x.Entities {
				if e.Name == c.not {
					t.Errorf("unwanted entity %q", c.not)
				}
				if e.Name == c.want {
					found = true
					if e.Type != schema.Organization {
						t.Errorf("%q typed %s, want Organization", c.want, e.Type)
					}
				}
			}
			if c.want != "" && !found {
				t.Errorf("missing entity %q; got %v", c.want, x.Entities)
			}
		})
	}
}
