package extract

import "github.com/newsgraph/newsgraph/schema"

// sideNamedAfter is the government of the side a person named at token at
// stands for, when the words after the name and its title say so before
// the next person: "led by Minister X, Vice Minister of Trade, for
// the Peruvian side, and Ambassador Y, …, for the U.S. side". nil when
// no side is named.
func (d *doc) sideNamedAfter(at int) *entity {
	if at < 0 || at >= len(d.toks) {
		return nil
	}
	sent := d.toks[at].sent
	start := at
	if m := d.mentionAt(at); m != nil {
		start = m.e
	}
	for k := start; k+3 < len(d.toks) && k < start+25 && d.toks[k].sent == sent; k++ {
		if m := d.mentionAt(k); m != nil && m.s == k && m.ent != nil && m.ent.typ == schema.Person {
			return nil // the next person's words
		}
		switch d.toks[k].key {
		case ";", ":", "(":
			return nil
		}
		if d.toks[k].key != "for" || d.toks[k+1].key != "the" {
			continue
		}
		m := d.mentionAt(k + 2)
		if m == nil || m.s != k+2 || m.e >= len(d.toks) || d.toks[m.e].key != "side" {
			continue
		}
		if g := d.govOf(m); g != nil {
			return g
		}
	}
	return nil
}
