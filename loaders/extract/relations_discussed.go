// Leaders who discuss something together met.

package extract

import "github.com/newsgraph/newsgraph/schema"

// jointTalkVerbs state a conversation among their coordinated subjects:
// "A and B discussed X", "A and B exchanged views on Y".
var jointTalkVerbs = set("discussed", "exchanged")

// jointDiscussions reads a conversation its coordinated subjects held:
// "Secretary A and President B discussed the region", "Canada, Mexico
// and the United States discussed precursors": each met each. People of
// one government (or of one not known) talked among themselves, and a
// negated, planned or hypothetical talk states none.
func (d *doc) jointDiscussions(add func(*entity, string, *entity, int)) {
	for v, t := range d.toks {
		if !jointTalkVerbs[t.key] || d.inQuote[v] || t.key == "exchanged" && (v+1 >= len(d.toks) || d.toks[v+1].key != "views") {
			continue
		}
		g := d.verbGroup(v)
		if g.passive || d.unstated(v, g) {
			continue
		}
		list := d.actorsLeft(g.start, t.sent, "metWith", sideSubj)
		eachPair(list, func(a, b *entity) {
			if a.typ == schema.Person || b.typ == schema.Person {
				ga, gb := a, b
				if a.typ == schema.Person {
					ga = d.personGov(a)
				}
				if b.typ == schema.Person {
					gb = d.personGov(b)
				}
				if ga == nil || gb == nil || ga == gb {
					return
				}
			}
			add(a, "metWith", b, v)
		})
	}
}
