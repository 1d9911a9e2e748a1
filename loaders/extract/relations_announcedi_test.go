package extract

import "testing"

// TestAnnouncingSpeakerGov: a speaker's "I am pleased to announce $N in
// aid for X" is the support of the speaker's government; "I" without an
// announcement, or a negated one, is not the government's. All copy is
// invented.
func TestAnnouncingSpeakerGov(t *testing.T) {
	const head = "Remarks by President Biden at the River Summit\n\n"
	checkRelCases(t, []relCase{
		{name: "announced aid",
			text: head + "Today I am pleased to announce $40 million in new humanitarian aid for Paraguay.",
			want: []string{"United States|supports|Paraguay"}},
		{name: "no announcement",
			text: head + "Today I support Paraguay.",
			not:  []string{"United States|supports|Paraguay"}},
		{name: "negated",
			text: head + "Today I will not announce new aid for Paraguay.",
			not:  []string{"United States|supports|Paraguay"}},
	})
}
