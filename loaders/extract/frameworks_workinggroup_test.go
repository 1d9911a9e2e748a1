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

// TestOwnedWorkingGroup checks that a working group one owner holds, by a
// singular possessive or a state's agency opening its name, is that
// owner's body and no agreement between parties.
func TestOwnedWorkingGroup(t *testing.T) {
	ex := newExtractor(t)
	for _, text := range []string{
		"H\nThe Peruvian Government's Harbor Safety Working Group met in Lima on Monday with officials from Chile.",
		"H\nThe U.S. Embassy Harbor Safety Working Group, led by Consul Ana Ruiz, hosted Chile's police chief in Lima on Monday.",
	} {
		if x := ex.Extract(article(text)); agreementNames(x) != "" {
			t.Errorf("Extract(%q) agreements = %s, want none", text, agreementNames(x))
		}
	}
}
