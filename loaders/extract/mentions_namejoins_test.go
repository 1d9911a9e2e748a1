package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestNameJoins checks that a body's name runs on over a possessive
// written with either apostrophe and over a tight hyphen between two
// capitalised words, while a possessive between two bodies' names, or
// before a long run of words, still ends the name (a dialogue is an
// agreement: frameworks_dialogue.go). All copy is invented.
func TestNameJoins(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, body string
		typ              schema.EntityType
		want             bool
	}{
		{"hyphen inside the name", "H\nOfficials convened the Inter-Agency Border Dialogue in Riverton on Monday.",
			"Inter-Agency Border Dialogue", schema.Agreement, true},
		{"head word before a hyphen opens the name", "H\nOfficials convened the Cabinet-Level Water Dialogue in Riverton on Monday.",
			"Cabinet-Level Water Dialogue", schema.Agreement, true},
		{"curly plural possessive", "H\nOfficials from the Office of Rural Farmers’ Affairs met in Riverton on Monday.",
			"Office of Rural Farmers’ Affairs", schema.Agency, true},
		{"straight plural possessive", "H\nOfficials from the Office of Rural Farmers' Affairs met in Riverton on Monday.",
			"Office of Rural Farmers' Affairs", schema.Agency, true},
		{"curly possessive in a committee's subjects", "H\nSenator Ilse Varnum, chair of the Subcommittee on Trade, Farming, and Rural Widows’s Issues, spoke in Riverton on Monday.",
			"Subcommittee on Trade, Farming, and Rural Widows’s Issues", schema.Agency, true},
		{"a body's own body", "H\nThe Department of Harvests’s Bureau of Seed Control met in Riverton on Monday.",
			"Department of Harvests’s Bureau of Seed Control", schema.Agency, false},
		{"a long run after the possessive", "H\nThe Bureau of Rural Farmers’ Grain Export Promotion Fund met in Riverton on Monday.",
			"Bureau of Rural Farmers’ Grain Export Promotion Fund", schema.Agency, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if got := hasEntity(x, c.body, c.typ); got != c.want {
				t.Errorf("Extract(%q): %q %v, want %v (%+v)", c.text, c.body, got, c.want, x.Entities)
			}
		})
	}
}
