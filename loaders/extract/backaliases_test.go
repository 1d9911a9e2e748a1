package extract

import (
	"slices"
	"testing"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestOrganizationBackRefs checks that "the Organization" after an
// international organisation is its alias and no new body.
func TestOrganizationBackRefs(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"H\nThe United Nations opened an office in Lima. The Organization will send 40 staff.", true},
		{"H\nThe United Nations opened an office in Lima. The Organization of American States objected.", false},
	} {
		x := ex.Extract(article(c.text))
		got := false
		for _, e := range x.Entities {
			if e.Name == "United Nations" && slices.Contains(e.Aliases, "Organization") {
				got = true
			}
			if e.Name == "Organization" {
				t.Errorf("Extract(%q) entities = %+v, want no body named Organization", c.text, x.Entities)
			}
		}
		if got != c.want {
			t.Errorf("Extract(%q) entities = %+v, want the Organization an alias of the United Nations: %v", c.text, x.Entities, c.want)
		}
	}
}
