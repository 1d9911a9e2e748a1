package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestCochairedParties checks that the states named as a forum's
// co-chairs in a relative clause on its name, or on its bare capitalised
// head, are its parties, and its host is not.
func TestCochairedParties(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ name, text, agreement, parties string }{
		{"co-chairs of the forum's head",
			"H\nOfficials met at the Third High-Level Andean Fisheries Dialogue on Monday. Bolivia hosted the Dialogue, which Chile, Peru and Ecuador co-chaired.",
			"Third High-Level Andean Fisheries Dialogue", "Chile|Ecuador|Peru"},
		{"co-chairs of the forum's name",
			"H\nThe High-Level Andean Fisheries Dialogue, which Chile and Peru co-chair, met in Quito on Monday.",
			"High-Level Andean Fisheries Dialogue", "Chile|Peru"},
		{"a clause without a chairing verb states none: the context gives all, host too",
			"H\nOfficials met at the Third High-Level Andean Fisheries Dialogue on Monday. Bolivia hosted the Dialogue, which Chile, Peru and Ecuador praised.",
			"Third High-Level Andean Fisheries Dialogue", "Bolivia|Chile|Ecuador|Peru"},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkExactParties(t, ex, c.text, c.agreement, c.parties)
		})
	}
}
