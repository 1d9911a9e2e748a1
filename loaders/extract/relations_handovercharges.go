// Charges a handover names: "A handed X over to U.S. authorities … to face
// drug charges", "officers turned him over to officials from the Y
// National Police to face murder charges": the receiver's state charged X.

package extract

import "github.com/newsgraph/newsgraph/schema"

// handoverCharges reads a person handed over ("handed over", "turned …
// over", "transferred") to a state's body or authorities "to face"
// charges in the same sentence: that state charged the person. The person
// is named between the verb and "to", or is an object pronoun for one
// named before; the receiver is a government, a body of one ("officials
// from the Y National Police": Y's), or a demonym's authorities ("to U.S.
// authorities"). A negated, modal or planned handover states none.
func (d *doc) handoverCharges(add func(*entity, string, *entity, int)) {
	for v := 1; v+4 < len(d.toks); v++ {
		key := d.toks[v].key
		if !transferForms[key] && !handForms[key] || d.inQuote[v] {
			continue
		}
		sent := d.toks[v].sent
		person, to := d.handedOver(v, true)
		if person == nil {
			continue
		}
		if g := d.verbGroup(v); g.passive || d.unstated(v, g) {
			continue
		}
		gov := d.receivingGov(to+1, sent)
		if gov == nil || !d.toFaceCharges(to+1, sent) {
			continue
		}
		add(gov, "charged", person, v)
	}
}

// receivingGov is the state of the receiver named from token r: a
// government or a demonym ("U.S. authorities", "Mexican authorities"), or
// a body of a state ("officials from the Y National Police"); nil when
// none is named there.
func (d *doc) receivingGov(r, sent int) *entity {
	if r+1 < len(d.toks) && (d.toks[r].key == "officials" || d.toks[r].key == "authorities" || d.toks[r].key == "officers") &&
		(d.toks[r+1].key == "from" || d.toks[r+1].key == "of") {
		r += 2 // "to officials from the Y National Police"
	}
	if r < len(d.toks) && d.toks[r].key == "the" {
		r++
	}
	m := d.mentionAt(r)
	if m == nil || m.s != r || d.toks[r].sent != sent {
		return nil
	}
	if g := d.govOf(m); g != nil {
		return g
	}
	if m.ent == nil || m.ent.typ != schema.Agency {
		return nil
	}
	if m.ent.country != "" {
		return d.govNamed(m.ent.country)
	}
	// "the Salvadoran Civilian National Police", "the El Salvadoran
	// National Police": the state whose demonym opens the body's name
	for s := m.s; s < m.s+2 && s < m.e; s++ {
		if best, n := d.g.lookup(d.toks, s); n > 0 && s+n < m.e {
			for _, p := range best {
				if p.entry.country != "" {
					if g := d.govNamed(p.entry.country); g != nil {
						return g
					}
				}
			}
		}
	}
	return nil
}

// toFaceCharges reports whether "to face (…) charges" follows token k in
// its sentence.
func (d *doc) toFaceCharges(k, sent int) bool {
	for ; k+2 < len(d.toks) && d.toks[k].sent == sent; k++ {
		if actorStop[d.toks[k].key] {
			return false
		}
		if d.toks[k].key != "to" || !faceVerbs[d.toks[k+1].key] {
			continue
		}
		for n := k + 2; n < len(d.toks) && n <= k+6 && d.toks[n].sent == sent; n++ {
			if chargeNouns[d.toks[n].key] {
				return true
			}
			if t := d.toks[n]; t.kind != tWord || t.cap || d.mentionAt(n) != nil {
				return false
			}
		}
		return false
	}
	return false
}
