package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestJointBody checks that a commission, council or forum a pair of
// states or a bilateral or trilateral adjective opens is an agreement of
// those states, named without a year before it and not twice when its
// name is reworded, and that other such bodies are no agreements.
func TestJointBody(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, agreement, parties string
	}{
		{"H\nPeruvian and Chilean customs officers will share cargo records through the Peru-Chile Permanent Security Forum.",
			"Peru-Chile Permanent Security Forum", "Chile|Peru"},
		{"H\nIn 2021 Peru and Chile signed a protocol to renew the 1995 Peru-Chile Trade and Investment Council, which sets tariff talks.",
			"Peru-Chile Trade and Investment Council", "Chile|Peru"},
		{"H\nPresident Ana Ruiz of Peru thanked Chile for its work with Bolivia through the Trilateral Lithium Commission on Monday.",
			"Trilateral Lithium Commission", "Bolivia|Chile|Peru"},
	} {
		checkExactParties(t, ex, c.text, c.agreement, c.parties)
	}
	text := "H\nPeru and Chile met through the Peru-Chile Permanent Fisheries Forum on Monday. " +
		"The steps taken under the Peru-Chile Permanent Forum on Fisheries will protect the anchovy stock."
	if got := agreementNames(ex.Extract(article(text))); got != "Peru-Chile Permanent Fisheries Forum" {
		t.Errorf("Extract(%q) agreements = %s, want the forum once", text, got)
	}
	for _, text := range []string{
		"H\nThe Inter-American Commission on Human Rights asked Peru on Monday to release the reporters.",
		"H\nThe Global Commission on Port Policy urged Peru and Chile to share cargo records.",
		"H\nPeru's National Banking Commission fined three lenders on Monday.",
		"H\nThe Lima Trade Council, a business group, urged Peru and Chile to lower tariffs.",
	} {
		if x := ex.Extract(article(text)); agreementNames(x) != "" {
			t.Errorf("Extract(%q) agreements = %s, want none", text, agreementNames(x))
		}
	}
}
