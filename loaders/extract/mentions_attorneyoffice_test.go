package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestAttorneyOfficeInDistrict checks that "the U.S. Attorney's Office in
// the X District of Y" is one body, the district in its name.
func TestAttorneyOfficeInDistrict(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, body string
		want             bool
	}{
		{"office in a district", "Charges Filed\n\nAccording to the U.S. Attorney's Office in the Western District of Oregon, six men were charged.",
			"U.S. Attorney's Office in the Western District of Oregon", true},
		{"office in a city", "Charges Filed\n\nAccording to the U.S. Attorney's Office in Phoenix, six men were charged.",
			"U.S. Attorney's Office in Phoenix", true},
		{"office in a month", "Charges Filed\n\nThe U.S. Attorney's Office in January charged six men.",
			"U.S. Attorney's Office in January", false},
		{"office in an unknown town", "Charges Filed\n\nThe U.S. Attorney's Office in Springdale Heights charged six men.",
			"U.S. Attorney's Office in Springdale Heights", false},
	} {
		x := ex.Extract(article(c.text))
		if got := hasNamed(x, c.body, schema.Agency); got != c.want {
			t.Errorf("%s: Extract(%q) has agency %q = %v, want %v (entities %+v)", c.name, c.text, c.body, got, c.want, x.Entities)
		}
	}
}
