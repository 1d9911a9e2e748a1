package extract

import "testing"

// The sentences below are invented for this test; none is taken from an
// evaluation article.

// TestParagraphOpeningQuote checks that a straight quotation mark opening
// a paragraph after one that ends in a full stop opens the new paragraph's
// sentence: it belongs with the words it quotes, not with the sentence
// before.
func TestParagraphOpeningQuote(t *testing.T) {
	for _, text := range []string{
		"The talks ended late.\n\n\"It is a long road\" for the region, the envoy said.",
		"The talks ended late.\n\n\"We will return,\" she said.",
	} {
		toks := tokenize(text, noKnownWords)
		sentences(toks)
		open := -1
		for i, tk := range toks {
			if tk.kind == tQuote {
				open = i
				break
			}
		}
		if open < 1 || toks[open].sent == toks[open-1].sent || toks[open].sent != toks[open+1].sent {
			t.Errorf("tokenize(%q): the opening mark's sentence is not the quoted words'", text)
		}
	}
}
