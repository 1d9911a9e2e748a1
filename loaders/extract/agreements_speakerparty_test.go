package extract

import "testing"

// TestSpeakerGovernmentGuessedParty: an agreement no sentence gives
// parties for is guessed to bind the two governments the text names most;
// in a speech the whole of which one official gives, the speaker's own
// government is one of them, however seldom the speech names it. All copy
// is invented.
func TestSpeakerGovernmentGuessedParty(t *testing.T) {
	ex := newExtractor(t)
	body := "Good evening.\n\nParaguay and Bolivia have quarrelled over the river for years, and Paraguay has closed the border. Bolivia answered in kind, and Paraguay then recalled its envoy. The United States has watched with concern.\n\nNothing was settled by the summer. The rains came late. Farmers waited.\n\nTonight I speak of the Chaco River Treaty and of what it asks of all of us."
	for _, tc := range []struct {
		name, text string
		want       []string
		not        string
	}{
		{"speech by a known president", "Address on the River Dispute\n\nPresident: Joe Biden\n\n" + body,
			[]string{"United States", "Paraguay"}, "Bolivia"},
		{"no speaker: the two named most", "Address on the River Dispute\n\n" + body,
			[]string{"Paraguay", "Bolivia"}, "United States"},
	} {
		x := ex.Extract(article(tc.text))
		checkParties(t, tc.name, x, "Chaco River Treaty", tc.want, tc.not)
	}
}
