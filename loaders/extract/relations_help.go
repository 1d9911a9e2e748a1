package extract

import "github.com/newsgraph/newsgraph/schema"

// "Help" supports whom it names right after it: "to help Colombia meet
// this challenge", "to help the Haitian people". It is mostly said of an
// act instead ("helped launch a unit", "help deter migration") or used as
// a noun ("with help from X"); neither names anyone helped.

// helpForms are the forms of "help" read as a support verb.
var helpForms = set("help", "helps", "helped", "helping")

// helpsNamed reports whether the verb "help" at token v is a verb (not
// after an article or preposition) whose object, right after it over
// "the", is a state or body, or a state's people ("the Haitian people",
// "the people of Haiti").
func (d *doc) helpsNamed(v int) bool {
	if v > 0 {
		if p := d.toks[v-1].key; determiners[p] || p == "with" || p == "of" || p == "for" || p == "no" || p == "more" {
			return false
		}
	}
	k := v + 1
	if k < len(d.toks) && d.toks[k].key == "the" {
		k++
	}
	if k+2 < len(d.toks) && peopleNouns[d.toks[k].key] && d.toks[k+1].key == "of" {
		k += 2 // "the people of Haiti"
	}
	m := d.mentionAt(k)
	if m == nil || m.s != k || d.toks[k].sent != d.toks[v].sent {
		return false
	}
	if m.ent == nil {
		return m.e < len(d.toks) && peopleNouns[d.toks[m.e].key] && d.govOf(m) != nil // "the Haitian people"
	}
	return m.ent.typ == schema.Government || m.ent.typ == schema.Agency || m.ent.typ == schema.Organization
}
