// The patient of a case act whose name an apposition follows: "Yosida
// Vanegas, mother of political prisoner Juan Carlos Monasterios, was
// detained", "X, nephew of the late dictator Y, was indicted". The person
// named before the apposition is arrested or charged, not the one the
// apposition names.

package extract

import "github.com/newsgraph/newsgraph/schema"

// appositionOpeners may not open a describing apposition: a coordination
// or a quantified relative ("A, B and C, all of whom …") continues a list.
// A nickname ("X, aka Y, and Z, aka W, were charged") names the person
// again.
var appositionOpeners = set("and", "or", "but", "nor", "all", "both", "each", "including", "along", "as", "aka", "a/k/a", "alias")

// appositionPatient is the person named right before a describing
// apposition that ends with the comma before token start, the verb group
// of a passive case act in sentence sent: ", <lower-case word> … ," (an
// age, ", 34,", is no apposition: "A, 27, and B, 34, were charged")
// (no comma inside, at most twenty tokens, opened neither by a coordinator
// nor by a quantifier), the name ending right before its opening comma.
// ok is false when the words before start are no such apposition; the
// person is nil, ok true, when a capitalised name the text does not know
// stands before it ("Ana Quispe, mother of X, was detained": not X).
func (d *doc) appositionPatient(start, sent int) (p *entity, ok bool) {
	c := start - 1
	if c < 2 || d.toks[c].key != "," || d.toks[c].sent != sent {
		return nil, false
	}
	o := -1
	for k := c - 1; k > 0 && k >= c-20 && d.toks[k].sent == sent; k-- {
		if key := d.toks[k].key; key == "," {
			o = k
			break
		} else if actorStop[key] || key == "(" || key == ")" {
			return nil, false
		}
	}
	if o < 1 || o+1 >= c {
		return nil, false
	}
	if t := d.toks[o+1]; t.kind != tWord || t.cap || t.key == "" || t.key[0] < 'a' || t.key[0] > 'z' ||
		appositionOpeners[t.key] || d.mentionAt(o+1) != nil {
		return nil, false
	}
	m := d.mentionEndingAt(o)
	if m == nil {
		if o >= 2 && d.unknownNameTokens(o-2, o, sent) {
			return nil, true // an unknown name's apposition
		}
		return nil, false
	}
	if m.ent == nil || m.ent.typ != schema.Person {
		return nil, false
	}
	return m.ent, true
}

// unknownNameTokens reports whether tokens [i, j) of sentence sent are
// capitalised words no mention covers: a name the text does not know.
func (d *doc) unknownNameTokens(i, j, sent int) bool {
	for k := i; k < j; k++ {
		if t := d.toks[k]; t.sent != sent || t.kind != tWord || !t.cap || d.mentionAt(k) != nil {
			return false
		}
	}
	return true
}
