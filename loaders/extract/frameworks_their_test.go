package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestTheirDialogue checks that a capitalised dialogue two governments
// coordinated as the subject call "their" is a framework between them,
// and that one a single body calls "their" is not.
func TestTheirDialogue(t *testing.T) {
	ex := newExtractor(t)
	text := "H\nChile and Peru held the fourth round of their Strategic Fisheries Dialogue in Lima on Tuesday."
	checkExactParties(t, ex, text, "Strategic Fisheries Dialogue", "Chile|Peru")
	text = "H\nThe fishermen of Callao opened their Strategic Fisheries Dialogue in Lima on Tuesday."
	if x := ex.Extract(article(text)); agreementNames(x) != "" {
		t.Errorf("Extract(%q) agreements = %s, want none", text, agreementNames(x))
	}
}
