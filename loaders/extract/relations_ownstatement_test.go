package extract

import "testing"

// TestOwnStatementRelations: the quoted paragraphs under "Statement by X"
// (or a headline "X: …") are the page's own text, read for relations; a
// roundup's quotations under a line naming a senator are not.
func TestOwnStatementRelations(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "statement by heading",
			text: "Peru Hands Over Smuggler\n\nStatement by Ambassador Clara Brenner\n\nLima, May 3, 2021 -- “Peru extradited Juan Ferrandiz to the United States on Friday.”\n\n“This step shows the cooperation between Peru and the United States.”",
			want: []string{"Peru|extradited|Juan Ferrandiz", "Peru|cooperatesWith|United States"}},
		{name: "headline name and colon",
			text: "Clara Brenner: Arrest of Juan Ferrandiz Is a Milestone\n\nLima, May 3, 2021 -- “The cooperation between Peru and the United States grows stronger every year.”",
			want: []string{"Peru|cooperatesWith|United States"}},
		{name: "a colon paragraph under a statement-from headline naming the same person",
			text: "Statement from Minister Clara Brenner on the Extradition\n\nMinister Clara Brenner released the following statement:\n\n“Peru extradited Juan Ferrandiz to the United States on Friday.”",
			want: []string{"Peru|extradited|Juan Ferrandiz"}},
		{name: "a colon paragraph under an ordinary headline stays a quotation",
			text: "Peru Hands Over Smuggler\n\nMinister Clara Brenner released the following statement:\n\n“Peru extradited Juan Ferrandiz to the United States on Friday.”",
			not:  []string{"Peru|extradited|Juan Ferrandiz"}},
		{name: "a roundup's quotations stay quotations",
			text: "What They Are Saying\n\nSen. Rowan Pike (R-OH)\n\n- “Peru arrested Juan Ferrandiz, and the cooperation between Peru and the United States is working.”",
			not:  []string{"Peru|arrested|Juan Ferrandiz", "Peru|cooperatesWith|United States"}},
		{name: "a reported quotation stays a quotation",
			text: "Lima, May 3, 2021 -- “Peru arrested Juan Ferrandiz,” said Senator Rowan Pike.",
			not:  []string{"Peru|arrested|Juan Ferrandiz"}},
	})
}

// TestOwnStatementWe: "we" in a page's own statement is the government of
// the person whose statement it is, wherever its heading stands.
func TestOwnStatementWe(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "we under a statement heading",
			text: "Peru Hands Over Smuggler\n\nStatement by Ambassador Clara Brenner\n\nLima, May 3, 2021 -- “The United States stands with Peru. We will continue to support Ecuador in its fight against the gangs.”",
			want: []string{"United States|supports|Ecuador"}},
	})
}
