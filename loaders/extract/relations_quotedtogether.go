package extract

import "github.com/newsgraph/newsgraph/schema"

// quotedStatesTogether reports whether the cue at token v, inside a
// quotation its paragraph's prose attributes with a speech verb, is a verb
// followed by "together" whose subject is two governments coordinated
// right before it, over a modal or an adverb ("…, said X: “A and B will
// work together to defeat them”"): the official states a standing tie
// between the two states, read like one outside quotes.
func (d *doc) quotedStatesTogether(v int) bool {
	if v+1 >= len(d.toks) || d.toks[v+1].key != "together" || d.toks[v+1].sent != d.toks[v].sent {
		return false
	}
	k := v - 1
	for n := 0; n < 3 && k > 0 && d.toks[k].kind == tWord && !d.toks[k].cap && d.mentionAt(k) == nil; n++ {
		k-- // "will", "continue to", "must"
	}
	b := d.mentionAt(k)
	if b == nil || b.ent == nil || b.ent.typ != schema.Government {
		return false
	}
	and := b.s - 1
	if and > 0 && d.toks[and].key == "the" {
		and-- // "A and the B"
	}
	if and < 1 || d.toks[and].key != "and" {
		return false
	}
	a := d.mentionAt(and - 1)
	if a == nil || a.ent == nil || a.ent.typ != schema.Government || a.ent == b.ent {
		return false
	}
	return d.proseAttributes(v)
}
