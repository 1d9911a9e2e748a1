// The object of a verb of leading that is a part of a body: "who heads the
// legal team at X" leads no X; "who heads X's Y Centre" leads the centre.

package extract

import "github.com/newsgraph/newsgraph/schema"

// unitPrepositions join an unnamed part to the body it belongs to.
var unitPrepositions = set("at", "of", "in", "within", "inside")

// unitOfBody reports whether the object at token k is an unnamed part of
// a named body: an article, one to four lower-case words and a
// preposition before the body ("the firearms programme at the Y", "the
// legal team of Z").
func (d *doc) unitOfBody(k, sent int) bool {
	if k >= len(d.toks) || d.toks[k].key != "the" && d.toks[k].key != "a" && d.toks[k].key != "an" && d.toks[k].key != "its" {
		return false
	}
	k++
	n := 0
	for k < len(d.toks) && d.toks[k].sent == sent && n < 4 && d.toks[k].kind == tWord && !d.toks[k].cap && !unitPrepositions[d.toks[k].key] {
		if d.mentionAt(k) != nil {
			return false
		}
		k++
		n++
	}
	if n == 0 || k+1 >= len(d.toks) || !unitPrepositions[d.toks[k].key] {
		return false
	}
	k++
	if d.toks[k].key == "the" && k+1 < len(d.toks) {
		k++
	}
	m := d.mentionAt(k)
	return m != nil && m.ent != nil && (m.ent.typ == schema.Agency || m.ent.typ == schema.Organization || m.ent.typ == schema.Cartel)
}

// possessedLedBody is the named body after a possessive at token k ("X's Y
// Centre", "the X's Y Division"), or nil.
func (d *doc) possessedLedBody(k, sent int) *entity {
	m := d.mentionAt(k)
	if (m == nil || m.s != k) && k+1 < len(d.toks) && d.toks[k].key == "the" {
		m = d.mentionAt(k + 1)
	}
	if m == nil || m.e+1 >= len(d.toks) || d.toks[m.e].key != "'s" || d.toks[m.e].sent != sent {
		return nil
	}
	n := d.mentionAt(m.e + 1)
	if n == nil || n.s != m.e+1 || n.ent == nil || n.ent.typ != schema.Agency && n.ent.typ != schema.Organization && n.ent.typ != schema.Cartel {
		return nil
	}
	return n.ent
}
