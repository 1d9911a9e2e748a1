// Charges an extradition names: "the extradition of X to the United States
// on drug trafficking charges", "X was extradited to Peru on murder
// charges".

package extract

import "github.com/newsgraph/newsgraph/schema"

// extraditionForms state an extradition.
var extraditionForms = set("extradition", "extradited", "extradite", "extradites", "extraditing")

// extraditionCharges reads the charges an extradition is "on", or that
// the person is sent "to face": the government the person is sent "to"
// charged them. The person is the one
// after "extradition of", or the subject of a passive "was extradited"; a
// negated, modal or planned extradition, or one "from" and not "to" a
// government, states none, unless the charges are "federal": those are the
// United States' ("extradited from Y on federal drug charges").
func (d *doc) extraditionCharges(add func(*entity, string, *entity, int)) {
	for v := 0; v+3 < len(d.toks); v++ {
		if !extraditionForms[d.toks[v].key] || d.inQuote[v] {
			continue
		}
		sent := d.toks[v].sent
		// "… to Y (…) on (drug trafficking) charges"
		var to *entity
		on := -1
		namedEnd := -1 // "the extradition of X (aka Y), on charges": the comma closes X
		if d.toks[v].key == "extradition" && d.toks[v+1].key == "of" {
			if p, e := d.extraditedNamed(v + 2); p != nil {
				namedEnd = d.aliasTailEnd(e)
			}
		}
		for k := v + 1; k+1 < len(d.toks) && d.toks[k].sent == sent && k <= v+16; k++ {
			key := d.toks[k].key
			if key == "," && (k == namedEnd || k == namedEnd+2 && d.toks[namedEnd].key == "," && allDigits(d.toks[k-1].key)) {
				continue // "X aka Y, on charges", "X, 41, on charges"
			}
			if actorStop[key] || key == "," {
				break
			}
			if key == "to" && to == nil {
				m := d.mentionAt(k + 1)
				if m == nil && d.toks[k+1].key == "the" {
					m = d.mentionAt(k + 2)
				}
				if m != nil && m.s > k && m.ent != nil && m.ent.typ == schema.Government {
					to = m.ent
					k = m.e - 1
				}
				continue
			}
			if key == "on" && (d.monthName(k+1) || k+1 < len(d.toks) && weekdays[d.toks[k+1].key]) {
				continue // "on Dec. 10", "on Friday": a date, not the charges
			}
			if key == "to" && d.toks[k+1].key == "face" && to != nil {
				on = k + 1 // "extradited to Y … to face drug charges": Y's charges
				break
			}
			if key == "on" && to == nil && !d.federalChargesAt(k+1, sent) {
				to = d.articleDestination() // "Extradited to the United States … the extradition of X on charges"
			}
			if key == "on" && (to != nil || d.federalChargesAt(k+1, sent)) {
				on = k
				break
			}
		}
		if to == nil && on >= 0 {
			to = d.govNamed("United States") // "extradited from Y on federal charges"
		}
		if to == nil || on < 0 {
			continue
		}
		n := on + 1
		for n < len(d.toks) && n <= on+4 && d.toks[n].sent == sent && !chargeNouns[d.toks[n].key] && d.toks[n].kind == tWord && !d.toks[n].cap && d.mentionAt(n) == nil {
			n++
		}
		if n >= len(d.toks) || d.toks[n].sent != sent || !chargeNouns[d.toks[n].key] {
			continue
		}
		var charged []*entity
		if d.toks[v].key == "extradition" {
			if v+2 < len(d.toks) && d.toks[v+1].key == "of" {
				if p, _ := d.extraditedNamed(v + 2); p != nil {
					charged = []*entity{p}
				}
			}
			if d.nominalHypothetical(v) {
				charged = nil // "the possible extradition of X"
			}
		} else {
			g := d.verbGroup(v)
			if !g.passive || d.unstated(v, g) {
				continue
			}
			charged = d.actorsLeft(g.start, sent, "charged", sideObj)
			if len(charged) == 0 {
				if p := d.leadPatient(g.start, sent); p != nil && !d.actedOnAlready("charged", p) {
					// "A leader of X was extradited … to face charges. Y, 52,
					// arrived": Y, unless the text names who charged Y
					charged = []*entity{p}
				}
			}
		}
		for _, o := range charged {
			if o.typ == schema.Person { // a person is extradited, not the group "a member of X" belongs to
				add(to, "charged", o, v)
			}
		}
	}
}

// federalChargesAt reports whether the words from token i are "federal"
// charges ("federal charges", "federal drug trafficking charges"): a case
// of the United States.
func (d *doc) federalChargesAt(i, sent int) bool {
	if i >= len(d.toks) || d.toks[i].key != "federal" {
		return false
	}
	for n := i + 1; n < len(d.toks) && n <= i+4 && d.toks[n].sent == sent; n++ {
		if chargeNouns[d.toks[n].key] {
			return true
		}
		if t := d.toks[n]; t.kind != tWord || t.cap || d.mentionAt(n) != nil {
			return false
		}
	}
	return false
}

// extraditedFrom is the state an extradition noun's object phrase, starting
// at token from, says the person was sent from: "the extradition of X,
// a/k/a "Y," 39, from Honduras to the United States": Honduras. Nil when
// no "from" and a government follow within the clause.
func (d *doc) extraditedFrom(from, sent int) []*entity {
	for k := from; k+1 < len(d.toks) && d.toks[k].sent == sent && k < from+20; k++ {
		key := d.toks[k].key
		if actorStop[key] || key == "by" || k > from && relCues[key] != nil && key != "charges" {
			return nil
		}
		if key != "from" {
			continue
		}
		return d.govAfterFrom(k)
	}
	return nil
}

// aliasTailEnd returns the token after a name ending at e and the other
// name an "aka" marker gives it right after ("X aka El Y"), or e when no
// marker follows.
func (d *doc) aliasTailEnd(e int) int {
	n := d.phraseAt(e, akaMarkers)
	if n == 0 {
		return e
	}
	k := e + n
	for k < len(d.toks) && k < e+n+5 && (d.toks[k].kind == tQuote || d.toks[k].cap && d.toks[k].kind == tWord) {
		k++
	}
	return k
}

// actedOnAlready reports whether a relation of pred read so far has
// person p as its object: who charged ("a grand jury in the X District
// Court charged Y") or extradited p is then stated.
func (d *doc) actedOnAlready(pred string, p *entity) bool {
	for _, r := range d.rels {
		if r.Predicate == pred && r.Object == p.name {
			return true
		}
	}
	return false
}

// extraditedNamed is the person an extradition noun's "of" phrase names
// from token i, and the end of the name: the name itself, or one after
// the titles that introduce it ("the extradition of former President X");
// nil when no person starts the phrase.
func (d *doc) extraditedNamed(i int) (*entity, int) {
	if m := d.mentionAt(i); m != nil && m.s == i && m.ent != nil && m.ent.typ == schema.Person {
		return m.ent, m.e
	}
	return d.titledPersonAt(i)
}
