package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for this test; none is taken from an
// evaluation article. The parents are agencies the gazetteer knows; the
// units and people are fictional.

// TestModifierParents checks that a known ministry-level agency whose name
// opens a unit's name is named too, and that a body whose head is merely
// written again, or a known body followed by a connective, adds nothing.
func TestModifierParents(t *testing.T) {
	ex := newExtractor(t)
	tests := []struct {
		name, text, unit, parent string
		want                     bool
	}{
		{"department before its unit", "H\nDepartment of Homeland Security Harbor Screening Operations officers detained Tomas Reel on Monday.",
			"Department of Homeland Security Harbor Screening Operations", "Department of Homeland Security", true},
		{"country prefix, then the department", "H\nThe U.S. Department of Homeland Security Coastal Review Division opened an office in Kirava.",
			"U.S. Department of Homeland Security Coastal Review Division", "Department of Homeland Security", true},
		{"agency acronym before its bureau", "H\nLena Vorst leads the USAID Bureau for Island Resilience, which opened in Kirava.",
			"USAID Bureau for Island Resilience", "U.S. Agency for International Development", true},
		{"the body's own head written again", "H\nThe U.S. Homeland Security Department Office said it would review the case of Tomas Reel.",
			"", "Department of Homeland Security", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := ex.Extract(article(tt.text))
			if tt.unit != "" && !hasEntity(x, tt.unit, schema.Agency) {
				t.Errorf("Extract(%q) entities = %+v, want agency %q", tt.text, x.Entities, tt.unit)
			}
			if got := hasEntity(x, tt.parent, schema.Agency); got != tt.want {
				t.Errorf("Extract(%q): agency %q found = %v, want %v (entities %+v)", tt.text, tt.parent, got, tt.want, x.Entities)
			}
		})
	}
}
