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
