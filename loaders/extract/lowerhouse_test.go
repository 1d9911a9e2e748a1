package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestLowerHouse checks that a lower house of a legislature named by its
// common name, in capitals or not ("the Chamber of Deputies", "the chamber
// of representatives"), is an agency of the government the copy is about,
// found under the words the copy uses. All copy is invented.
func TestLowerHouse(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, body string
	}{
		{"in capitals", "H\nLIMA, Peru - The Peruvian government sent the bill to the Chamber of Deputies on Monday, where Ana Ruiz leads the largest bloc.", "Chamber of Deputies"},
		{"in lower case", "H\nThe Chilean president met Tomas Vidal, president of the chamber of representatives, on Monday.", "chamber of representatives"},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if !hasEntity(x, c.body, schema.Agency) {
				t.Errorf("Extract(%q): no agency %q in %+v", c.text, c.body, x.Entities)
			}
		})
	}
}
