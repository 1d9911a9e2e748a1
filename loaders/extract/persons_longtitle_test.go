package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestNameAfterLongTitle checks a name whose given name is unknown, right
// after a title whose remit is a series in capitals ("Under Secretary of
// State for A, B, and C X"): the name is a person's, the series the
// title's. All copy is invented.
func TestNameAfterLongTitle(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"remit in a series",
			"H\nUnder Secretary of State for Civilian Trade, Energy, and Environment Uzma Quintrell led the delegation to Lima.",
			[]string{"Uzma Quintrell"}, []string{"Environment Uzma Quintrell"}},
		{"a series with no title names no one",
			"H\nThe forum in Lima covered Civilian Trade, Energy, and Environment Policy Reform on Monday.",
			nil, []string{"Environment Policy Reform", "Policy Reform"}},
	} {
		x := ex.Extract(article(c.text))
		for _, p := range c.want {
			if !hasEntity(x, p, schema.Person) {
				t.Errorf("%s: Extract(%q): no person %q in %+v", c.name, c.text, p, x.Entities)
			}
		}
		for _, p := range c.not {
			if hasEntity(x, p, schema.Person) {
				t.Errorf("%s: Extract(%q): person %q, want none", c.name, c.text, p)
			}
		}
	}
	checkRoles(t, []roleCase{
		{name: "the office of the long title", text: "H\nUnder Secretary of State for Civilian Trade, Energy, and Environment Uzma Quintrell led the delegation to Lima.",
			person: "Uzma Quintrell", org: "United States"},
	})
}
