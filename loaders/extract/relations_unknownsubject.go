package extract

// A capitalised word standing alone between a comma and the verb is the
// verb's subject even when it names no entity the extractor knows: in
// "As he met with A and B, Pace praised C" (a fronted clause, then the
// subject) Pace praised C, and neither A nor B did. Reading further left
// would cross the clause boundary.

// unknownNameSubject reports whether the token right before a verb group
// starting at token i is a capitalised word that is no mention, pronoun or
// calendar word and follows a comma in the same sentence.
func (d *doc) unknownNameSubject(i, sent int) bool {
	k := i - 1
	if k < 1 || d.toks[k].sent != sent || d.toks[k-1].key != "," {
		return false
	}
	t := d.toks[k]
	return t.kind == tWord && t.cap && t.key != "i" && d.mentionAt(k) == nil && !calendarWords[t.key]
}
