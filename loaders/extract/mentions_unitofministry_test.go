package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestUnitOfMinistry checks that a unit's name ends before "of the
// Ministry of X" it belongs to, and that a ministry's own complement runs
// on.
func TestUnitOfMinistry(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, body string
		want             bool
	}{
		{"unit of a ministry", "Anniversary\n\nThe Peruvian Border Guard Service of the Ministry of Interior Affairs held a parade.", "Ministry of Interior Affairs", true},
		{"unit of a ministry, no long name", "Anniversary\n\nThe Peruvian Border Guard Service of the Ministry of Interior Affairs held a parade.", "Peruvian Border Guard Service of the Ministry of Interior Affairs", false},
	} {
		x := ex.Extract(article(c.text))
		if got := hasNamed(x, c.body, schema.Agency); got != c.want {
			t.Errorf("%s: Extract(%q) has agency %q = %v, want %v (entities %+v)", c.name, c.text, c.body, got, c.want, x.Entities)
		}
	}
}
