package extract

import "testing"

// TestHeadlineSurnameSpeaker: a headline "Remarks by Director X" naming its
// speaker by title and surname only makes the person named in full below
// the text's speaker; a surname two people share names no one.
func TestHeadlineSurnameSpeaker(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "surname in the headline, full name in the byline",
			text: "Remarks by Director Vidal at the Annual Session\n\nDirector Ana Vidal, Office of National Drug Control Policy\n\nGood morning. Bolivia is a repressive state, and we will say so.\n",
			want: []string{"Ana Vidal|accused|Bolivia"}},
		{name: "a surname two people share",
			text: "Remarks by Director Vidal at the Annual Session\n\nDirector Ana Vidal and Deputy Director Luis Vidal\n\nGood morning. Bolivia is a repressive state, and we will say so.\n",
			not:  []string{"Ana Vidal|accused|Bolivia", "Luis Vidal|accused|Bolivia"}},
	})
}
