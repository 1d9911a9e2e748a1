package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestDescribedAgreements checks the agreements named by description
// beyond their topic words: plurals a concluding verb governs, and a year
// or a body's name before a lower-case head; and that plurals spoken of
// as a kind, or a state's name before the head, name none.
func TestDescribedAgreements(t *testing.T) {
	ex := newExtractor(t)
	checkAgreementCases(t, ex, []agreementCase{
		{"ratified plural with a number", "President Ana Ruiz of Peru ratified two maritime security agreements with Chile in February.",
			"maritime security agreements", []string{"Chile", "Peru"}},
		{"signed plural of memorandum", "Peru and Bolivia signed memorandums of understanding on Monday.",
			"memorandums of understanding", []string{"Bolivia", "Peru"}},
		{"plural spoken of as a kind", "Regional security initiatives have multiplied across the Andes since 2010.",
			"security initiatives", nil},
		{"plural no verb concludes", "Officials in Peru discussed maritime security agreements in general terms.",
			"maritime security agreements", nil},
		{"year before the head", "Peru invoked a 1998 agreement in which Peru and Chile pledged to share radar data.",
			"1998 agreement", []string{"Chile", "Peru"}},
		{"armed group's name after a vague adjective", "The ELN ended its ceasefire. Voters in Colombia had rejected the prior ELN agreement in a referendum.",
			"ELN agreement", []string{"Colombia", "National Liberation Army"}},
		{"a state's name says whose", "Officials praised the Peru agreement on Tuesday.",
			"Peru agreement", nil},
	})
}
