package extract

import "github.com/newsgraph/newsgraph/schema"

// sharedHeadStates reads two parties written as modifiers of one shared
// noun, a state and a demonym ("U.S. and Colombian police", "U.S. and
// Colombian forces have worked together"), at the same level: the
// demonym's noun alone would name a body of its state ("Colombian
// police"), but coordinated with a bare state it stands, like the state,
// for its country. It returns a and b with such a body replaced by its
// government.
func (d *doc) sharedHeadStates(a, b *entity, at int) (*entity, *entity) {
	if at < 0 || at >= len(d.toks) {
		return a, b
	}
	if a.typ == schema.Government && b.typ == schema.Agency {
		return a, d.sharedHeadBody(a, b, at)
	}
	if b.typ == schema.Government && a.typ == schema.Agency {
		return d.sharedHeadBody(b, a, at), b
	}
	return a, b
}

// sharedHeadBody returns the government of body when the sentence of
// token at writes "<gov> and <demonym> <noun>" with body read from the
// demonym and its lower-case noun; else body.
func (d *doc) sharedHeadBody(gov, body *entity, at int) *entity {
	if body.country == "" {
		return body
	}
	g := d.govNamed(body.country)
	if g == nil || g == gov {
		return body
	}
	first, last := d.sentenceSpan(at)
	for k := first + 2; k <= last; k++ {
		m := d.mentionAt(k)
		if m == nil || m.s != k || m.ent != body || m.e-m.s < 2 || d.toks[m.e-1].cap || d.toks[k-1].key != "and" {
			continue
		}
		if p := d.mentionAt(k - 2); p != nil && p.e == k-1 && d.govOf(p) == gov {
			return g
		}
	}
	return body
}
