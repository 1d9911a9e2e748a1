package extract

import "testing"

// TestEnumerationLabels: paragraphs of a speech that open with an
// ordinal and a colon ("First:", "Second:") are points of a list, not
// turns of a transcript, so the "I" after them is still the text's
// speaker. All copy is invented.
func TestEnumerationLabels(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "points of a list",
			text: "Remarks by Vice President Ana Quirell at the River Forum\n\nGood morning. We face three tasks.\n\nFirst: the river ports must be secured.\n\nSecond: the border crossings must be rebuilt.\n\nI have also spoken with leaders from Paraguay about the river.",
			want: []string{"Ana Quirell|metWith|Paraguay"}},
	})
}
