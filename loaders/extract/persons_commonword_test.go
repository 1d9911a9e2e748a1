package extract

import "testing"

// TestCommonWordCap checks that a lone capitalised word the text also
// writes in lower case names no one, while a surname said with a speech
// verb still does. All copy is invented.
func TestCommonWordCap(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		person     string
		not        []string
	}{
		{"a sentence adverb the text writes lower case",
			"Harbour Report\n\nThe harbour must stay shut because of the threat posed by smuggling to the national security of Peru. Further, the President has determined Peru has appropriate procedures in place, and further checks follow.",
			"", []string{"Further"}},
		{"a rite in capitals",
			"Harbour Report\n\nThe regime denied priests the right to say Mass at the harbour, and a mass protest followed, Velquist said.",
			"Velquist", []string{"Mass"}},
		{"a report's heading cut by a hyphen, its plural in lower case",
			"Harbour Report\n\nKillings: Smugglers killed two guards.\n\nHarbor-linked Theft: During the year guards reported thefts at the docks, Velquist said.",
			"Velquist", []string{"Theft"}},
		{"a surname after a hyphened word, no plural of it written",
			"Harbour Report\n\nThe smuggling-linked Velquist said the docks were safe.",
			"Velquist", nil},
		{"a surname only in capitals",
			"Harbour Report\n\nThe harbour reopened on Monday after repairs, Velquist said.",
			"Velquist", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkPersons(t, ex, c.text, []string{c.person}, c.not)
		})
	}
}
