package extract

import (
	"slices"
	"testing"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestDescribedAgreements checks the agreements named by description
// beyond their topic words: plurals a concluding verb governs, and a year
// or a body's name before a lower-case head; and that plurals spoken of
// as a kind, or a state's name before the head, name none.
func TestDescribedAgreements(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, agreement string
		want                  []string // nil: no such agreement
	}{
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
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article("Officials meet in capital\n\n" + c.text))
			got, found := agreementParties(x, c.agreement)
			if c.want == nil {
				if found {
					t.Errorf("Extract(%q) has agreement %q, want none", c.text, c.agreement)
				}
				return
			}
			if !found || !slices.Equal(slices.Sorted(slices.Values(got)), c.want) {
				t.Errorf("Extract(%q) agreement %q parties = %v (found %v), want %v", c.text, c.agreement, got, found, c.want)
			}
		})
	}
}
