// Officials who sign a text together meet: "The agreement was signed in
// Quito by Secretary A and Ecuador's foreign minister, B".

package extract

import "github.com/newsgraph/newsgraph/schema"

// signersStop end the "by" phrase of a signing: a clause or a phrase of
// place, time or company ("…, in the presence of C").
var signersStop = set("who", "which", "that", "in", "at", "on", "during", "after", "before", "with", "while", "to",
	"under", ";", ":", ".")

// coSigners pairs the people of different governments a passive "was
// signed … by A and B" names as its signatories: they met to sign. A
// negated, planned or hypothetical signing pairs none.
func (d *doc) coSigners(add func(*entity, string, *entity, int)) {
	for v, t := range d.toks {
		if t.key != "signed" || d.inQuote[v] {
			continue
		}
		g := d.verbGroup(v)
		if !g.passive || d.unstated(v, g) {
			continue
		}
		by := -1
		for k := v + 1; k < len(d.toks) && d.toks[k].sent == t.sent && k < v+10 && !actorStop[d.toks[k].key]; k++ {
			if d.toks[k].key == "by" {
				by = k
				break
			}
		}
		if by < 0 {
			continue
		}
		var people []*entity
		for k := by + 1; k < len(d.toks) && d.toks[k].sent == t.sent && k < by+30 && !signersStop[d.toks[k].key]; k++ {
			if m := d.mentionAt(k); m != nil {
				if m.ent != nil && m.ent.typ == schema.Person {
					people = append(people, m.ent)
				}
				k = m.e - 1
			}
		}
		eachPair(people, func(a, b *entity) {
			if ga, gb := d.personGov(a), d.personGov(b); ga != nil && gb != nil && ga != gb {
				add(a, "metWith", b, v)
			}
		})
	}
}
