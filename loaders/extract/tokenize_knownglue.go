package extract

// The tokenizer splits a word that fuses two capitalised words where text
// lost a break ("SheinbaumMexico") and marks a break before the second
// half. A name the gazetteer lists as one camel-case word ("PetroCaribe")
// is no such fusion: split, it matches no listed name and its halves sit
// in two sentences.

// rejoinKnownGlue joins back each pair of word tokens the tokenizer split
// inside one word when the whole word is a one-word name the gazetteer
// lists, and returns the tokens.
func (g *gazetteer) rejoinKnownGlue(toks []token) []token {
	out := toks[:0]
	for k := range toks {
		t := toks[k]
		if n := len(out); n > 0 && t.brk && !t.space && t.kind == tWord && out[n-1].kind == tWord && out[n-1].e == t.s {
			p := &out[n-1]
			if node := g.root.next[p.key+t.key]; node != nil && len(node.phrases) > 0 {
				p.e, p.key = t.e, p.key+t.key
				p.letters += t.letters
				p.upper = p.upper && t.upper
				continue
			}
		}
		out = append(out, t)
	}
	return out
}
