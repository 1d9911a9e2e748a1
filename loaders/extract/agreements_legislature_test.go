package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestLegislatureRatifies checks that a legislature ratifying a treaty
// makes its state the party, a day phrase between subject and verb
// included, while a ministry signing stays a party itself.
func TestLegislatureRatifies(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ name, text, agreement, parties string }{
		{"a legislature by its demonym",
			"H\nThe Peruvian Congress ratified the fisheries treaty with Chile on Thursday.",
			"fisheries treaty", "Chile|Peru"},
		{"a legislature named with its state, a day phrase before the verb",
			"H\nThe National Congress of Peru on Thursday ratified the fisheries treaty with Chile.",
			"fisheries treaty", "Chile|Peru"},
		{"a ministry signs for itself",
			"H\nPeru's Interior Ministry signed a fisheries agreement with Chile's National Police on Thursday.",
			"fisheries agreement", "Chilean National Police|Peruvian Interior Ministry"},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkExactParties(t, ex, c.text, c.agreement, c.parties)
		})
	}
}
