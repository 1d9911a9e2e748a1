package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestLowerForceOnly checks that a state's force written only in lower
// case and only in a phrase of another word (after a preposition, as a
// possessor) is no agency of the story, while one that acts, or one
// written with capitals, is. All copy is invented.
func TestLowerForceOnly(t *testing.T) {
	for _, c := range []struct {
		name, text, force string
		want              bool
	}{
		{"after by", "Rescue in the hills\nMinister Tomas Vellard praised a hostage rescue by the Peruvian military on Monday.", "Peruvian military", false},
		{"possessor", "Visit to Lima\nThe visit reaffirmed the U.S. military's commitment to Peru, the embassy said.", "U.S. military", false},
		{"coordinated states", "Joint work\nThe minister praised the efforts by U.S. and Peruvian forces against traffickers on the coast.", "Peruvian military", false},
		{"after of", "Rescue praised\nThe report praised the pilots of the Peruvian air force for the rescue.", "Peruvian air force", false},
		{"actor", "Strike at sea\nPeruvian forces struck a boat carrying cocaine off the coast on Tuesday, the ministry said.", "Peruvian military", true},
		{"capitals", "Visit\nGen. Ilse Marrow met the leaders of the Peruvian Armed Forces in Lima on Tuesday.", "Peruvian Armed Forces", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := newExtractor(t).Extract(article(c.text))
			if got := hasEntity(x, c.force, schema.Agency); got != c.want {
				t.Errorf("Extract(%q): agency %q found %v, want %v; entities %+v", c.text, c.force, got, c.want, x.Entities)
			}
		})
	}
}
