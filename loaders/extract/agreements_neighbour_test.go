package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestNeighbourSentenceSides checks that an agreement whose sentence names
// no government borrows from the sentence before only the governments
// named there as sides (a subject, a coordinated pair, the country of an
// office), not one named only as a preposition's complement ("the
// blockade of Paraguay"), and that such a sentence gives no parties at
// all rather than the governments the article names most.
func TestNeighbourSentenceSides(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ name, text, agreement, parties string }{
		{"countries named only after prepositions",
			"At a time of rising strain, from Bolivia's long blockade of Paraguay to falling prices, the leaders pledged to work together. They discussed progress under the Blue Harbor Compact.",
			"Blue Harbor Compact", ""},
		{"a country after \"on\"",
			"Officials called on the government of Uruguay to release the detained reporters. Their rights are set out in the Lantern Reef Convention.",
			"Lantern Reef Convention", ""},
		{"a coordinated pair after a preposition",
			"The ministers spoke of the safety of the citizens of Chile and Peru. They discussed progress under the Blue Harbor Compact.",
			"Blue Harbor Compact", "Chile|Peru"},
		{"a subject pair",
			"Chile and Peru agreed to expand patrols along the coast. They discussed progress under the Blue Harbor Compact.",
			"Blue Harbor Compact", "Chile|Peru"},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkExactParties(t, ex, c.text, c.agreement, c.parties)
		})
	}
}
