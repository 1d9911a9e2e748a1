package extract

import "github.com/newsgraph/newsgraph/schema"

// Support said of a people whose state the text calls a regime ("we remain
// committed to supporting the Cuban people", "support the people of X"
// when the text speaks of "the X regime" or "the Y regime" of its leader)
// is support of the people against their government, not of the state:
// no supports relation to the state. Support of the people of a state the
// text does not call so ("supporting the people of Z") stays support of Z.

// rulerRegimeNouns name a government as illegitimate or oppressive (not
// "government", which regimeNouns also holds).
var rulerRegimeNouns = set("regime", "dictatorship")

// regimePeopleAt reports whether the object phrase starting at token i is
// a people ("the Cuban people", "the people of X", "the aspirations of
// the X people"), named before any other actor, of a state the text calls
// a regime.
func (d *doc) regimePeopleAt(i, sent int) bool {
	for k := i; k < len(d.toks) && d.toks[k].sent == sent && k < i+8; k++ {
		if actorStop[d.toks[k].key] {
			return false
		}
		if m := d.mentionAt(k); m != nil {
			if m.e >= len(d.toks) || d.toks[m.e].key != "people" {
				return false // "support for President X and the Y people": X first
			}
			k = m.e - 1
			continue
		}
		if d.toks[k].key != "people" {
			continue
		}
		var g *entity
		if m := d.mentionAt(k - 1); m != nil {
			g = d.govOf(m) // "the Cuban people"
		} else if k+1 < len(d.toks) && d.toks[k+1].key == "of" {
			if m := d.mentionFrom(k + 2); m != nil {
				g = d.govOf(m) // "the people of X"
			}
		}
		return g != nil && d.calledRegime(g)
	}
	return false
}

// calledRegime reports whether the text calls government g a regime: a
// regime noun right after a mention of g, its demonym or a person serving
// it ("the Cuban regime", "the Y regime"), or after "of" or "in" and the
// state ("the regime in X").
func (d *doc) calledRegime(g *entity) bool {
	names := func(m *mention) bool {
		if m == nil {
			return false
		}
		if m.ent != nil && m.ent.typ == schema.Person {
			s := d.personGov(m.ent)
			return s == g || s == nil // "the Y regime" of a leader whose office the text does not give
		}
		return d.govOf(m) == g
	}
	for k := 1; k < len(d.toks); k++ {
		if !rulerRegimeNouns[d.toks[k].key] {
			continue
		}
		if m := d.mentionAt(k - 1); names(m) || m == nil && d.toks[k-1].cap && k >= 2 && d.toks[k-2].sent == d.toks[k].sent {
			return true // "the Cuban regime", "the Y regime", "the Y-Z regime" (names the text holds no entity for)
		}
		if k+2 < len(d.toks) && (d.toks[k+1].key == "of" || d.toks[k+1].key == "in") && names(d.mentionFrom(k+2)) {
			return true
		}
	}
	return false
}
