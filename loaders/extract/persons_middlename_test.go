package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestMiddleNameSamePerson checks that a name written once with a middle
// given name and once without is one person. All copy is invented.
func TestMiddleNameSamePerson(t *testing.T) {
	ex := newExtractor(t)
	text := "H\nThe envoy met Peruvian Minister of Labor Daniel Vega in Lima on Monday. " +
		"Later, he met President Ana Ruiz and Labor Minister Daniel Alberto Vega again.\n"
	x := ex.Extract(article(text))
	if !hasEntity(x, "Daniel Alberto Vega", schema.Person) {
		t.Errorf("Extract(%q) entities = %+v, want person %q", text, x.Entities, "Daniel Alberto Vega")
	}
	if hasNamed(x, "Daniel Vega", schema.Person) {
		t.Errorf("Extract(%q) entities = %+v, want no separate person %q", text, x.Entities, "Daniel Vega")
	}
}
