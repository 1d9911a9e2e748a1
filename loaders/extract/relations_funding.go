// Funding a law provides: "the legislature passed a bill that includes
// funding of the X Initiative", "the president signed into law a budget
// with $40 million for X".

package extract

import "github.com/newsgraph/newsgraph/schema"

// enactForms enact or fund by law; "signed" only "into law".
var enactForms = set("passed", "approved", "enacted", "appropriated")

// fundNouns are the money a law provides.
var fundNouns = set("funding", "funds", "million", "billion")

// lawFunding reads an actor that enacts a law, or appropriates money, as
// supporting the agreement the money is "for" or the funding "of", named
// later in the sentence. A passive, negated, modal or planned act states
// none ("the bill was approved", "Congress may pass").
func (d *doc) lawFunding(add func(*entity, string, *entity, int)) {
	for v := 1; v+3 < len(d.toks); v++ {
		key := d.toks[v].key
		if !enactForms[key] && !(key == "signed" && d.intoLaw(v)) || d.inQuote[v] {
			continue
		}
		g := d.verbGroup(v)
		if g.passive || d.unstated(v, g) {
			continue
		}
		sent := d.toks[v].sent
		var agr *entity
		for k := v + 1; k+2 < len(d.toks) && d.toks[k].sent == sent && k <= v+40 && agr == nil; k++ {
			if !fundNouns[d.toks[k].key] {
				continue
			}
			j := k + 1
			if j < len(d.toks) && d.toks[j].key != "for" && d.toks[j].key != "of" {
				continue
			}
			j++
			m := d.mentionAt(j)
			if m == nil && j+1 < len(d.toks) && d.toks[j].key == "the" {
				m = d.mentionAt(j + 1)
			}
			if m != nil && m.s > k && m.ent != nil && m.ent.typ == schema.Agreement {
				agr = m.ent
			}
		}
		if agr == nil {
			continue
		}
		for _, s := range d.actorsLeft(g.start, sent, "supports", sideSubj) {
			add(s, "supports", agr, v)
		}
	}
}
