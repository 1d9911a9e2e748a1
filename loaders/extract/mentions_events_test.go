package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestEventNamedForBody checks that a body named only at the start of an
// event's name ("the United Nations Disarmament Conference", "the OAS
// 2031 Leaders' Summit") is no mention of the body, while the body on its
// own is. All copy is invented.
func TestEventNamedForBody(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, body string
		want             bool
	}{
		{"a conference", "H\nBoth leaders backed a productive United Nations Disarmament Conference next year.", "United Nations", false},
		{"a leaders' summit", "H\nThey met on the margins of the OAS 2031 Leaders’ Summit in Quito.", "Organization of American States", false},
		{"the body itself", "H\nThey thanked the OAS for its observers at the Leaders’ Summit.", "Organization of American States", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if got := hasEntity(x, c.body, schema.Organization); got != c.want {
				t.Errorf("Extract(%q): %q %v, want %v (%+v)", c.text, c.body, got, c.want, x.Entities)
			}
		})
	}
}
