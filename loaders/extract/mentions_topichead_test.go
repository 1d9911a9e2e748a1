package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestTopicAfterHead checks that capitals naming a field of work ("Harbor
// Sector Institution Building") name no body, while a body's name followed
// by lower-case words stays one. All copy is invented.
func TestTopicAfterHead(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, body string
		typ              schema.EntityType
		want             bool
	}{
		{"institution building", "H\nThe talks covered 1) Harbor Sector Institution Building, 2) trade.", "Harbor Sector Institution", schema.Organization, false},
		{"sector", "H\nThe talks covered 1) Harbor Sector Institution Building, 2) trade.", "Harbor Sector", schema.Agency, false},
		{"a body", "H\nThe Harbor Safety Institute trained pilots on Monday.", "Harbor Safety Institute", schema.Organization, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if got := hasEntity(x, c.body, c.typ); got != c.want {
				t.Errorf("Extract(%q): %s %q %v, want %v (%+v)", c.text, c.typ, c.body, got, c.want, x.Entities)
			}
		})
	}
}
