package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestCountryInsideAName checks that a country named only inside another
// name, an agreement's ("the Aruba Accord") or a place's ("the Panama
// Canal"), is no mention of that country's government, while the country
// named on its own still is. All copy is invented.
func TestCountryInsideAName(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, country string
		want                bool
	}{
		{"an agreement named after a country",
			"H\nThe envoy urged Venezuela to honour every element of the Barbados Agreement before the vote.", "Barbados", false},
		{"a canal named after a country",
			"H\nThe cutter returned to Florida after a transit of the Panama Canal on Tuesday.", "Panama", false},
		{"a river named after a country",
			"H\nPatrols along the Colombia River seized two boats, the Peruvian navy said.", "Colombia", false},
		{"the country on its own",
			"H\nThe cutter transited the Panama Canal and then docked in Panama for repairs.", "Panama", true},
		{"a country's government before a body",
			"H\nPanama Foreign Minister Ana Ruiz met the envoy on Monday.", "Panama", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			got := false
			for _, e := range x.Entities {
				if e.Type == schema.Government && e.Name == c.country {
					got = true
				}
			}
			if got != c.want {
				t.Errorf("Extract(%q): government %s %v, want %v (%+v)", c.text, c.country, got, c.want, x.Entities)
			}
		})
	}
}
