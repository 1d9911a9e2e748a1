package extract

import "github.com/newsgraph/newsgraph/schema"

// Inside a sentence, persons coordinated just before a summit phrase were
// at the summit together: "the commitment made between President A and
// President B at the X Summit", "the commitment that President A
// and President B made during the Leaders' Summit". They met.

// summitPairs reads persons coordinated right before an "at"/"during"
// phrase, inside its sentence, whose head is a summit.
func (d *doc) summitPairs(add func(*entity, string, *entity, int)) {
	for i := 1; i < len(d.toks); i++ {
		t := d.toks[i]
		if t.key != "at" && t.key != "during" || d.toks[i-1].sent != t.sent || d.inQuote[i] {
			continue
		}
		sent, s := t.sent, d.summitAfter(i, 10, true)
		if s < 0 {
			continue
		}
		m := d.personBefore(i, sent)
		if m == nil {
			continue
		}
		people := personsOnly(append([]*entity{m.ent}, d.conjLeft(m, "metWith", sideSubj)...))
		if len(people) > 1 {
			eachPair(people, func(a, b *entity) { add(a, "metWith", b, s) })
		}
	}
}

// personBefore is the person mention ending at token i, or before it over
// at most two lower-case words ("made", "jointly made"); nil otherwise.
func (d *doc) personBefore(i, sent int) *mention {
	for k := i - 1; k >= 0 && k >= i-3 && d.toks[k].sent == sent; k-- {
		if m := d.mentionAt(k); m != nil {
			if m.ent != nil && m.ent.typ == schema.Person && m.e == k+1 {
				return m
			}
			return nil
		}
		if t := d.toks[k]; t.kind != tWord || t.cap {
			return nil
		}
	}
	return nil
}
