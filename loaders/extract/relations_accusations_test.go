package extract

import "testing"

// TestPronounAccusation: an accusation a speaker says of "he" or "she"
// accuses the person the pronoun refers to in the quotation, never the
// speaker.
func TestPronounAccusation(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "he after the name",
			text: "Secretary of State Dario Velasquez Mena spoke on Sunday about Hernan Abreu Lira.\n\n“Abreu Lira is not just an indicted trafficker; he was an illegitimate president,” Velasquez Mena said.",
			want: []string{"Dario Velasquez Mena|accused|Hernan Abreu Lira"}},
		{name: "not the speaker",
			text: "Secretary of State Dario Velasquez Mena spoke on Sunday.\n\n“He was an illegitimate president,” Velasquez Mena said.",
			not:  []string{"Dario Velasquez Mena|accused|Dario Velasquez Mena"}},
	})
}
