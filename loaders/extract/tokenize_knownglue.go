package extract

// The tokenizer splits a word that fuses two capitalised words where text
// lost a break ("SheinbaumMexico") and marks a break before the second
// half. A name the gazetteer lists as one camel-case word ("PetroCaribe")
// is no such fusion: the tokenizer asks knownWord and leaves it whole, so
// it matches its listed name and its halves stay in one sentence.

// knownWord reports whether the folded word key is a one-word name the
// gazetteer lists.
func (g *gazetteer) knownWord(key string) bool {
	node := g.root.next[key]
	return node != nil && len(node.phrases) > 0
}
