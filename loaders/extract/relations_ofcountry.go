// A person's country after the name in a list of actors.

package extract

import "github.com/newsgraph/newsgraph/schema"

// ofCountryEnd returns the token after a person's country written right
// after the name ("President A of Chile"): in a list of actors that phrase
// says whose official the person is, and the list goes on after it ("met
// with President A of Chile, President B of Peru and President C of
// Panama": A, B and C). k is the token after the person; k itself when no
// "of (the) <state>" stands there.
func (d *doc) ofCountryEnd(k, sent int) int {
	if k+1 >= len(d.toks) || d.toks[k].key != "of" {
		return k
	}
	m := d.mentionFrom(k + 1)
	if m == nil || m.ent == nil || m.ent.typ != schema.Government || d.toks[m.s].sent != sent {
		return k
	}
	return m.e
}
