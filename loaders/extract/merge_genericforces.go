package extract

import "github.com/newsgraph/newsgraph/schema"

// lowerForceKinds are the agency kinds of a state's armed forces that,
// written only in lower case after the state ("the Colombian military",
// "Honduran forces", "Colombia's armed forces", "the Peruvian air force"),
// may speak of the state's arm rather than name a body of its own. Written
// with capitals ("the Ecuadorian Armed Forces", "Colombian Military
// Forces") the force is an agency of its own.
var lowerForceKinds = set("military", "airforce")

// obliquePreps put a noun phrase after them in a phrase of another word.
var obliquePreps = lexWords.set("obliquePreps")

// lowerForceOnly returns the state forces that a text writes only in
// lower case (see lowerForceKinds) and only in a phrase of another word,
// never as an actor of its clause: after a preposition ("a rescue by the
// Colombian military", "partnership with the Brazilian armed forces") or
// as a possessor ("the U.S. military's commitment"); and that no role or
// relation names. Such a force is a circumstance of the story, not a body
// it is about. A force the gazetteer knows, one written once with a
// capital, or one that acts ("U.S. forces struck a boat") is kept.
func (d *doc) lowerForceOnly() map[*entity]bool {
	lower, other := map[*entity]bool{}, map[*entity]bool{}
	for _, m := range d.ments {
		if m.ent == nil {
			continue
		}
		if lowerForceKinds[m.agencyK] && m.coreS < m.e && !d.toks[m.coreS].cap &&
			d.kindEnt[m.ent.country+"|"+m.agencyK] == m.ent && d.oblique(m) {
			lower[m.ent] = true
		} else {
			other[m.ent] = true
		}
	}
	return d.unreferencedOnly(lower, other)
}

// oblique reports whether mention m stands in a phrase of another word:
// after a preposition, past "the" and states coordinated before it ("by
// U.S. and Colombian forces"), or before a possessive "'s".
func (d *doc) oblique(m *mention) bool {
	if m.e < len(d.toks) && d.toks[m.e].key == "'s" {
		return true
	}
	k := m.s - 1
	for n := 0; k >= 0 && n < 4; n++ {
		switch key := d.toks[k].key; {
		case key == "the":
			k--
			continue
		case key == "and" || key == "or" || key == ",":
			if p := d.mentionAt(k - 1); p != nil && p.class == mDemonym || p != nil && p.ent != nil && p.ent.typ == schema.Government {
				k = p.s - 1
				continue
			}
		}
		break
	}
	return k >= 0 && d.toks[k].sent == d.toks[m.s].sent && obliquePreps[d.toks[k].key]
}
