package extract

// quotedStatesTogether reports whether the cue at token v, inside a
// quotation its paragraph's prose attributes with a speech verb, is a verb
// followed by "together" whose subject is two or more actors coordinated
// right before it, over a modal or an adverb ("…, said X: “A and B will
// work together to defeat them”", "“… how A, B, C and D work together to
// return fugitives,” said X"): the official states a standing tie among
// them, read like one outside quotes.
func (d *doc) quotedStatesTogether(v int) bool {
	if v+1 >= len(d.toks) || d.toks[v+1].key != "together" || d.toks[v+1].sent != d.toks[v].sent {
		return false
	}
	k := v - 1
	for n := 0; n < 3 && k > 0 && d.toks[k].kind == tWord && !d.toks[k].cap && d.mentionAt(k) == nil; n++ {
		k-- // "will", "continue to", "must"
	}
	b := d.mentionAt(k)
	if b == nil || b.ent == nil || !d.inQuote[k] {
		return false
	}
	if len(d.actorsLeft(b.e, d.toks[v].sent, "cooperatesWith", sideSubj)) < 2 {
		return false // one actor: "“X will work together with …”"
	}
	return d.proseAttributes(v)
}
