// An arrest stated as taking a person into custody with the person
// between the verb and "into custody": "Police took X into custody".

package extract

import "github.com/newsgraph/newsgraph/schema"

// takeForms are the active forms of "take" that may open "take X into
// custody" (the passive "was taken into custody by" is a lexicon cue).
var takeForms = set("take", "takes", "took", "taking")

// intoCustody reads "A took X (and Y) into custody" as A arrested X: the
// people named between the verb and "into custody", the actors before the
// verb. A negated, modal or hypothetical taking states none.
func (d *doc) intoCustody(add func(*entity, string, *entity, int)) {
	for v := 1; v+3 < len(d.toks); v++ {
		if !takeForms[d.toks[v].key] || d.inQuote[v] {
			continue
		}
		sent := d.toks[v].sent
		into := -1
		for j := v + 1; j+1 < len(d.toks) && j <= v+16 && d.toks[j].sent == sent; j++ {
			if actorStop[d.toks[j].key] {
				break
			}
			if d.toks[j].key == "into" && d.toks[j+1].key == "custody" {
				into = j
				break
			}
		}
		if into < 0 {
			continue
		}
		g := d.verbGroup(v)
		if g.passive || d.unstated(v, g) {
			continue
		}
		var objs []*entity
		for j := v + 1; j < into; j++ {
			if m := d.mentionAt(j); m != nil && m.ent != nil && m.ent.typ == schema.Person && !m.attached {
				objs = append(objs, m.ent)
				j = m.e - 1
			}
		}
		if len(objs) == 0 {
			continue
		}
		for _, s := range d.actorsLeft(g.start, sent, "arrested", sideSubj) {
			for _, o := range objs {
				add(s, "arrested", o, v)
			}
		}
	}
}
