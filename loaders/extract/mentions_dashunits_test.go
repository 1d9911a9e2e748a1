package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestDashUnits checks that an agency, a spaced dash and capitalised words
// ending in a unit's head name the agency's unit as one agency, while a
// dash before other words leaves the agency alone. All copy is invented.
func TestDashUnits(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, agency string
		want               bool
	}{
		{"criminal investigations", "H\nThe case was worked by the Drug Enforcement Administration and Internal Revenue Service – Criminal Investigations, officials said.",
			"Internal Revenue Service – Criminal Investigations", true},
		{"a division", "H\nAgents of the Federal Bureau of Investigation – Harbor Fraud Division made the arrests on Monday.",
			"Federal Bureau of Investigation – Harbor Fraud Division", true},
		{"no unit head", "H\nThe Drug Enforcement Administration – Carlos Vidal said on Monday – made arrests.",
			"Drug Enforcement Administration – Carlos Vidal", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if got := hasEntity(x, c.agency, schema.Agency); got != c.want {
				t.Errorf("Extract(%q): agency %q %v, want %v (%+v)", c.text, c.agency, got, c.want, x.Entities)
			}
		})
	}
}
