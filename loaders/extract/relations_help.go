package extract

import "github.com/newsgraph/newsgraph/schema"

// "Help" supports whom it names right after it: "to help Colombia meet
// this challenge", "to help the Haitian people". It is mostly said of an
// act instead ("helped launch a unit", "help deter migration") or used as
// a noun ("with help from X"); neither names anyone helped.

// helpsNamed reports whether the verb "help" at token v is a verb (not
// after an article or preposition) whose object, right after it, names
// whom it helps (recipientAt).
func (d *doc) helpsNamed(v int) bool {
	if v > 0 {
		if p := d.toks[v-1].key; determiners[p] || p == "with" || p == "of" || p == "for" || p == "no" || p == "more" {
			return false
		}
	}
	return d.recipientAt(v+1, d.toks[v].sent, true)
}

// recipientAt reports whether a state or body, or with people set a
// state's people ("the Haitian people", "the people of Haiti"), is named
// at token k of sentence sent, over "the".
func (d *doc) recipientAt(k, sent int, people bool) bool {
	if k < len(d.toks) && d.toks[k].key == "the" {
		k++
	}
	if d.wholeNationAt(k, sent) {
		return true // "stand with all Guatemalans"
	}
	if people && k+2 < len(d.toks) && peopleNouns[d.toks[k].key] && d.toks[k+1].key == "of" {
		k += 2 // "the people of Haiti"
	}
	m := d.mentionAt(k)
	if m == nil || m.s != k || d.toks[k].sent != sent {
		return false
	}
	if m.ent == nil {
		return people && m.e < len(d.toks) && peopleNouns[d.toks[m.e].key] && d.govOf(m) != nil // "the Haitian people"
	}
	return m.ent.typ == schema.Government || m.ent.typ == schema.Agency || m.ent.typ == schema.Organization
}
