package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestTheTitleLabel: a turn label "THE VICE PRESIDENT:" is the person the
// headline names with that title, so the turn's "I" is that person; the
// label names no person "The", and a headline naming the office's holder
// under another title ("President X") gives the label no one. All copy is
// invented.
func TestTheTitleLabel(t *testing.T) {
	const turns = "\n\nTHE VICE PRESIDENT: Good morning. I have talked with the President of Paraguay.\n\nMINISTER TOLEDO: Thank you, Madam Vice President.\n\nTHE VICE PRESIDENT: Thank you all."
	checkRelCases(t, []relCase{
		{name: "the headline's vice president",
			text: "Remarks by Vice President Ana Quirell at the Harbor Roundtable" + turns,
			want: []string{"Ana Quirell|metWith|Paraguay"}},
		{name: "a president is no vice president",
			text: "Remarks by President Ana Quirell at the Harbor Roundtable" + turns,
			not:  []string{"Ana Quirell|metWith|Paraguay"}},
	})
	ex := newExtractor(t)
	x := ex.Extract(article("Remarks by Vice President Ana Quirell at the Harbor Roundtable" + turns))
	if hasNamed(x, "The", schema.Person) {
		t.Errorf("label read as a person named The: %+v", x.Entities)
	}
}

// TestTheTitleLabelSpeakerLine: under a speaker line ("President: X"), a
// turn label "THE PRESIDENT:" is X. All copy is invented.
func TestTheTitleLabelSpeakerLine(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "speaker line's president",
			text: "Remarks on the River Ports\n\nPresident: Ana Quirell\n\nTHE PRESIDENT: Thank you. I have talked with the President of Paraguay.\n\nMINISTER TOLEDO: Thank you, Madam President.\n\nTHE PRESIDENT: Thank you all.",
			want: []string{"Ana Quirell|metWith|Paraguay"}},
		{name: "another title",
			text: "Remarks on the River Ports\n\nPresident: Ana Quirell\n\nTHE VICE PRESIDENT: Thank you. I have talked with the President of Paraguay.\n\nMINISTER TOLEDO: Thank you.\n\nTHE VICE PRESIDENT: Thank you all.",
			not:  []string{"Ana Quirell|metWith|Paraguay"}},
	})
}
