package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestTopicWorkingGroup checks that a working group named by its topic
// alone is a framework of the governments named with it, and one an
// organisation's name opens or a remit follows is not.
func TestTopicWorkingGroup(t *testing.T) {
	ex := newExtractor(t)
	text := "H\nPeruvian President Ana Ruiz and Chilean Foreign Minister Luis Mora opened a meeting of the Port Security Working Group in Lima on Monday."
	checkExactParties(t, ex, text, "Port Security Working Group", "Chile|Peru")
	for _, text := range []string{
		"H\nThe Interpol Port Security Working Group met in Lyon on Monday.",
		"H\nThe Working Group on Port Security met in Geneva on Monday.",
	} {
		if x := ex.Extract(article(text)); agreementNames(x) != "" {
			t.Errorf("Extract(%q) agreements = %s, want none", text, agreementNames(x))
		}
	}
}
