// Testimony given before a body, named by the noun.

package extract

import "github.com/newsgraph/newsgraph/schema"

// testimonyVerbs give the testimony their object names.
var testimonyVerbs = set("delivered", "gave", "given", "provided", "submitted", "presented")

// testimonyNouns reads testimony before or to a body given by the person
// its clause names: "X said in testimony to the Y Committee", "In
// testimony before the Y Committee, X said", "X delivered testimony before
// Y". Testimony with no person giving it ("according to testimony to Y")
// names none.
func (d *doc) testimonyNouns(add func(*entity, string, *entity, int)) {
	for n, t := range d.toks {
		if t.key != "testimony" || d.inQuote[n] || n+2 >= len(d.toks) || d.toks[n+1].key != "before" && d.toks[n+1].key != "to" {
			continue
		}
		sent := t.sent
		bodies := d.actorsRight(n+2, sent, "testifiedBefore", sideObj)
		if len(bodies) == 0 {
			continue
		}
		var people []*entity
		k := n - 1
		if k >= 0 && determiners[d.toks[k].key] {
			k--
		}
		switch {
		case k >= 0 && d.toks[k].key == "in" && (k == 0 || d.toks[k-1].sent != sent || d.toks[k-1].kind != tWord):
			// fronted: "In testimony before Y, X said": the first person after the phrase
			for j := n + 2; j < len(d.toks) && d.toks[j].sent == sent; j++ {
				if d.toks[j].key == "," {
					people = personsOnly(d.actorsRight(j+1, sent, "testifiedBefore", sideSubj))
					break
				}
			}
		case k >= 1 && d.toks[k].key == "in" && reportVerbsAfter[d.toks[k-1].key]:
			people = personsOnly(d.actorsLeft(k-1, sent, "testifiedBefore", sideSubj)) // "X said in testimony to Y"
		case k >= 0 && testimonyVerbs[d.toks[k].key]:
			if g := d.verbGroup(k); !g.passive && !d.unstated(k, g) {
				people = personsOnly(d.actorsLeft(g.start, sent, "testifiedBefore", sideSubj)) // "X delivered testimony before Y"
			}
		}
		for _, p := range people {
			for _, b := range bodies {
				if b.typ == schema.Agency {
					add(p, "testifiedBefore", b, n)
				}
			}
		}
	}
}
