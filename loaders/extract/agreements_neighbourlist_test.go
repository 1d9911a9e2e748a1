package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestNeighbourListParties checks that the governments listed as the
// subject of the sentence after a framework's cue sentence are its
// parties, and that a list that is not the sentence's subject, or one
// after a sentence stating the parties, gives none.
func TestNeighbourListParties(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ name, text, agreement, parties string }{
		{"members listed after a commitment",
			"Governments across the region are honouring their commitments under the Harbor Lantern Declaration. Peru, Chile, and Uruguay are each opening new shelters for migrants.",
			"Harbor Lantern Declaration", "Chile|Peru|Uruguay"},
		{"signatories listed after signing",
			"Several states signed the Coastal Radar Compact last year. Paraguay and Bolivia have since trained customs officers.",
			"Coastal Radar Compact", "Bolivia|Paraguay"},
		{"the enumeration carries on in the sentences after",
			"Governments are honouring their commitments under the Harbor Lantern Declaration. Peru and Chile are opening shelters. Uruguay and Bolivia have also trained border staff. Officials praised the effort.",
			"Harbor Lantern Declaration", "Bolivia|Chile|Peru|Uruguay"},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkExactParties(t, ex, c.text, c.agreement, c.parties)
		})
	}
	for _, c := range []struct{ name, text, agreement, absent string }{
		{"a list that is not the subject",
			"Governments renewed their commitments under the Harbor Lantern Declaration. Visitors from Peru, Chile, and Uruguay arrived on Monday.",
			"Harbor Lantern Declaration", "Chile"},
		{"parties the sentence states outrank the list",
			"Bolivia and Ecuador signed the Coastal Radar Compact in May. Peru, Chile, and Uruguay are studying it.",
			"Coastal Radar Compact", "Chile"},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			for _, a := range x.Agreements {
				if a.Name != c.agreement {
					continue
				}
				for _, p := range a.Parties {
					if p == c.absent {
						t.Errorf("Extract(%q) parties of %q = %v, want no %q", c.text, c.agreement, a.Parties, c.absent)
					}
				}
			}
		})
	}
}
