package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestNamedTalks checks that a capitalised "Dialogue" is an agreement
// whatever words open its name, and that one only "National" opens is
// one state's talks, no agreement.
func TestNamedTalks(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, body string
		want             schema.EntityType
	}{
		{"topic words open it", "Talks\n\nMinisters of Ruritania and Freedonia attended the Cabinet-Level Maritime Dialogue in Lisbon.", "Cabinet-Level Maritime Dialogue", schema.Agreement},
		{"a remit after on", "Talks\n\nOfficials convened the Strategic Dialogue on Port Finance in Freedonia last week.", "Strategic Dialogue on Port Finance", schema.Agreement},
		{"a region's states open it", "Talks\n\nFreedonia hosted the North American Fisheries Dialogue on Monday.", "North American Fisheries Dialogue", schema.Agreement},
		{"the subjects' own dialogue", "Talks\n\nBolivia and Paraguay held their Strategic River Dialogue in Asuncion.", "Strategic River Dialogue", schema.Agreement},
		{"a single owner's talks", "Talks\n\nThe dockworkers of Callao opened their Strategic River Dialogue in Lima.", "Strategic River Dialogue", schema.Organization},
		{"an organisation opens it", "Talks\n\nOfficials opened the Bolivia-Interpol River Dialogue in La Paz on Monday.", "Bolivia-Interpol River Dialogue", schema.Organization},
		{"one state's national talks", "Talks\n\nFreedonia's bishops called for a return to the National Dialogue.", "National Dialogue", schema.Organization},
	} {
		x := ex.Extract(article(c.text))
		if !hasNamed(x, c.body, c.want) {
			t.Errorf("%s: Extract(%q) has no %s %q (entities %+v)", c.name, c.text, c.want, c.body, x.Entities)
		}
	}
}
