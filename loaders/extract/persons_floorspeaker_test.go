package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestFloorSpeakers checks that the speaker label opening a legislative
// record's floor speech names its member, by the surname in ordinary case,
// that the label's state names no entity, that the speech's own words are
// no statement, and that a label without the address to the chair, or in
// ordinary prose, names no one. All copy is invented.
func TestFloorSpeakers(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		person     string // the person the label names; "" for none
		absent     []string
	}{
		{"a House member with a state",
			"RIVER TOWNS\n\nMr. HALVORD of Utah. Madam Speaker, the smugglers along the river have grown bolder this year.\n\nI yield back the balance of my time.",
			"Halvord", []string{"Utah", "HALVORD"}},
		{"a Senator without a state",
			"THE HARBOR COMPACT\n\nMrs. QUINLOW. Mr. President, I rise to speak about the harbor compact and the patrols it pays for.",
			"Quinlow", []string{"QUINLOW"}},
		{"a hyphenated surname after a procedural note",
			"CARIBBEAN PATROLS\n\n(Ms. DALE-ORTIZ asked and was given permission to address the House for 1 minute.)\n\nMs. DALE-ORTIZ. Mr. Speaker, the new patrol agreement leaves our coasts exposed.",
			"Dale-Ortiz", nil},
		{"a two-word state",
			"BORDER FUNDING\n\nMr. OSTRANE of New Mexico. Mr. Chairman, this amendment restores funding for the border crossings.",
			"Ostrane", []string{"New Mexico"}},
		{"no address to the chair",
			"Notes\n\nMr. VELCOTT. The committee met on Tuesday to discuss the budget.",
			"", []string{"Velcott"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if c.person != "" && !hasEntity(x, c.person, schema.Person) {
				t.Errorf("Extract(%q) lacks person %q; entities %+v", c.text, c.person, x.Entities)
			}
			for _, a := range c.absent {
				for _, en := range x.Entities {
					if en.Name == a {
						t.Errorf("Extract(%q) has entity %q (%s)", c.text, a, en.Type)
					}
				}
			}
			if len(x.Statements) != 0 {
				t.Errorf("Extract(%q) statements %+v, want none", c.text, x.Statements)
			}
		})
	}
}
