package extract

// A capitalised word standing alone between a comma and the verb is the
// verb's subject even when it names no entity the extractor knows: in
// "As he met with A and B, Pace praised C" (a fronted clause, then the
// subject) Pace praised C, and neither A nor B did; so is a plural name
// after ", the" ("Once the cargo reaches X, the Ruizes work with Y") and a
// pronoun opening a "where" clause ("to a port, where it deals with Y").
// Reading further left would cross the clause boundary to a place.

// unknownNameSubject reports whether the token right before a verb group
// starting at token i is "it" or "they" after "where" or "when", or a
// capitalised word that is no mention, pronoun or calendar word and
// follows a comma, or ", the", in the same sentence (the word after "the"
// is not tested for a plural).
func (d *doc) unknownNameSubject(i, sent int) bool {
	k := i - 1
	if k >= 1 && d.toks[k].sent == sent && (d.toks[k].key == "it" || d.toks[k].key == "they") && (d.toks[k-1].key == "where" || d.toks[k-1].key == "when") {
		return true // "to a port, where it deals with X": the clause's own subject, not a place before it
	}
	c := k - 1
	if c >= 1 && d.toks[c].key == "the" {
		c-- // ", the Ruizes work with X": a family or group named by a plural
	}
	if k < 1 || c < 0 || d.toks[k].sent != sent || d.toks[c].key != "," {
		return false
	}
	t := d.toks[k]
	return t.kind == tWord && t.cap && t.key != "i" && d.mentionAt(k) == nil && !calendarWords[t.key]
}
