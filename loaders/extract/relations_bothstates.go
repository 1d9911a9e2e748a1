// "Both countries", "the two governments", "our two nations": a subject
// that stands for the two states the text has been about.

package extract

import "github.com/newsgraph/newsgraph/schema"

// pairStateNouns, after "both" or "two", name the two states of a text.
var pairStateNouns = set("countries", "governments", "nations")

// bothStates is the pair of governments that "both countries" or "the two
// governments" at token k (the noun) refers back to: the nearest two
// distinct governments named before it within the last five sentences, a
// body or an office holder standing for its own state ("the Department
// of Homeland Security": the United States). Nil unless k is such a noun,
// a possessive ("both countries' commitment") is not, and two states are
// found.
func (d *doc) bothStates(k int) []*entity {
	if k < 1 || !pairStateNouns[d.toks[k].key] {
		return nil
	}
	if c := d.toks[k-1].key; c != "both" && c != "two" {
		return nil
	}
	if k+1 < len(d.toks) && (d.toks[k+1].key == "'s" || d.toks[k+1].key == "'") {
		return nil
	}
	sent := d.toks[k].sent
	var out []*entity
	for j := k - 2; j >= 0 && d.toks[j].sent >= sent-5 && len(out) < 2; j-- {
		m := d.mentionAt(j)
		if m == nil {
			continue
		}
		j = m.s
		g := d.govOf(m)
		if g == nil && m.ent != nil && m.ent.typ != schema.Government && m.ent.country != "" {
			g = d.govNamed(m.ent.country)
		}
		if g != nil && (len(out) == 0 || out[0] != g) {
			out = append(out, g)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}
