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
		d.pairSides(people, v, add)
	}
}

// pairSides adds a meeting, read at v, between each two of actors who
// stand for different known sides (differentSides): they signed or
// talked together.
func (d *doc) pairSides(people []*entity, v int, add func(*entity, string, *entity, int)) {
	eachPair(people, func(a, b *entity) {
		if d.differentSides(a, b) {
			add(a, "metWith", b, v)
		}
	})
}

// differentSides reports whether actors a and b stand for different known
// sides: a person for the government the person serves, any other actor
// for itself.
func (d *doc) differentSides(a, b *entity) bool {
	side := func(e *entity) *entity {
		if e.typ == schema.Person {
			return d.personGov(e)
		}
		return e
	}
	sa, sb := side(a), side(b)
	return sa != nil && sb != nil && sa != sb
}

// activeSigners pairs the people of different governments an active
// signing names: "Minister A and Minister B signed the pact", "Minister A
// signed the pact with Minister B". Signing together, they met; a
// negated, planned or hypothetical signing pairs none, nor does a
// countersigning ("A and B counter-signed the letter"), which attests
// another's signature and may be done apart.
func (d *doc) activeSigners(add func(*entity, string, *entity, int)) {
	for v, t := range d.toks {
		if t.key != "signed" || d.inQuote[v] || v > 1 && d.toks[v-1].key == "-" && d.toks[v-2].key == "counter" {
			continue
		}
		g := d.verbGroup(v)
		if g.passive || d.unstated(v, g) {
			continue
		}
		people := personsOnly(d.actorsLeft(g.start, t.sent, "metWith", sideSubj))
		if len(people) == 0 {
			continue
		}
		for k := v + 1; k < len(d.toks) && d.toks[k].sent == t.sent && k < v+16 && !actorStop[d.toks[k].key]; k++ {
			if d.toks[k].key == "with" {
				people = append(people, personsOnly(d.actorsRight(k+1, t.sent, "metWith", sideObj))...)
				break
			}
		}
		d.pairSides(people, v, add)
	}
}
