// A person who died in custody, in a text about one state: "X, a store
// clerk, died in military custody", "Y, a farmer who died in custody
// after a week without care", "Z, who died of wounds left by beatings
// while in regime custody". The state held them: it arrested them.

package extract

import "github.com/newsgraph/newsgraph/schema"

// deathForms say that someone died.
var deathForms = set("died", "dies")

// custodyModifiers may stand between "in" and "custody" ("in military
// custody", "in regime custody").
var custodyModifiers = set("military", "police", "regime", "state", "government", "army", "federal", "official", "prison", "its", "their", "the")

// diedInCustody reads "<person> … died … in [modifier] custody" outside
// quotations in a text about one state (reportState): the state arrested
// the person who died, the subject of "died" (through an apposition or a
// relative "who"). "in custody" must follow "died" within its sentence
// (sixteen tokens, no clause stop); "custody of" a named holder, an
// unnamed subject ("eight prisoners died in custody") and a negated or
// hypothetical death give none.
func (d *doc) diedInCustody(add func(*entity, string, *entity, int)) {
	rs := d.reportState()
	if rs == nil {
		return
	}
	for v := 1; v+2 < len(d.toks); v++ {
		if !deathForms[d.toks[v].key] || d.inQuote[v] {
			continue
		}
		sent := d.toks[v].sent
		c := d.custodyAfter(v, sent)
		if c < 0 {
			continue
		}
		g := d.verbGroup(v)
		if d.unstated(v, g) {
			continue
		}
		start := g.start
		if start > 0 && relativeWords[d.toks[start-1].key] {
			start-- // "X, who died in custody"
		}
		p := d.deadPerson(start, sent)
		if p == nil {
			continue
		}
		add(rs, "arrested", p, c)
	}
}

// custodyAfter is the token of "custody" that "in [modifier…]" introduces
// after the verb at v in sentence sent, within sixteen tokens and before
// a clause stop; -1 when there is none, or it is a named holder's
// ("in the custody of X").
func (d *doc) custodyAfter(v, sent int) int {
	for k := v + 1; k < len(d.toks) && k <= v+16 && d.toks[k].sent == sent; k++ {
		if actorStop[d.toks[k].key] && (d.toks[k].key != "while" || k+1 >= len(d.toks) || d.toks[k+1].key != "in") {
			return -1 // "died of injuries while in regime custody" reads on
		}
		if d.toks[k].key != "custody" {
			continue
		}
		j := k - 1
		for j > v && custodyModifiers[d.toks[j].key] {
			j--
		}
		if d.toks[j].key != "in" {
			return -1
		}
		if k+1 < len(d.toks) && d.toks[k+1].key == "of" {
			return -1
		}
		return k
	}
	return -1
}

// deadPerson is the person named as the subject ending before token start
// in sentence sent: the name right before it, or before a describing
// apposition and "who" ("X, a man with a disability who died"); nil when
// none is named there.
func (d *doc) deadPerson(start, sent int) *entity {
	k := start
	if k > 0 && d.toks[k-1].key == "," {
		k-- // "X, a store manager, died": the apposition's closing comma
	}
	if m := d.mentionEndingAt(k); m != nil && m.ent != nil && m.ent.typ == schema.Person && d.toks[m.s].sent == sent {
		return m.ent
	}
	// back over a describing apposition to the name before its comma
	for j := k - 1; j > 0 && j >= k-16 && d.toks[j].sent == sent; j-- {
		if actorStop[d.toks[j].key] || d.mentionAt(j) != nil {
			return nil
		}
		if d.toks[j].key != "," {
			continue
		}
		if t := d.toks[j+1]; t.kind != tWord || t.cap || appositionOpeners[t.key] {
			return nil
		}
		if m := d.mentionEndingAt(j); m != nil && m.ent != nil && m.ent.typ == schema.Person {
			return m.ent
		}
		return nil
	}
	return nil
}
