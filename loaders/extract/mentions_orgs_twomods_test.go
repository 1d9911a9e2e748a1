package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestTwoModifiersNamed: a name after "the <two plain words> <organisation
// noun>" or "the <word> press agency" is an organisation's; a criminal
// group's description names no organisation. All copy is invented.
func TestTwoModifiersNamed(t *testing.T) {
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, text, want, not string
	}{
		{"press agency", "Police detained reporter Ana Ruiz of the independent press agency Velarum on Monday.", "Velarum", ""},
		{"news agency", "The state news agency Prensa Lirio denied the report.", "Prensa Lirio", ""},
		{"two modifiers before company", "Officials of the private energy company Torvalia Energetica were charged.", "Torvalia Energetica", ""},
		{"criminal description", "Police dismantled the drug trafficking organization Marlo Quenta in the north.", "", "Marlo Quenta"},
		{"government agency", "The federal security agency Vantor said nothing.", "", "Vantor"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(schema.Article{ID: "t", Text: "Ruritania 2021 Human Rights Report: Freedom of Expression\n\n" + c.text})
			found := false
			for _, e := range x.Entities {
				if c.not != "" && e.Name == c.not && e.Type == schema.Organization {
					t.Errorf("unwanted organisation %q", c.not)
				}
				if e.Name == c.want {
					found = true
					if e.Type != schema.Organization {
						t.Errorf("%q typed %s, want Organization", c.want, e.Type)
					}
				}
			}
			if c.want != "" && !found {
				t.Errorf("no entity %q in %+v", c.want, x.Entities)
			}
		})
	}
}
