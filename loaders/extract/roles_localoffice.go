// A town's or a province's own office, "mayor of P" or "governor of P",
// is held at the place it names, written as the text writes it, like a US
// state's office (roles_usstates.go): the place is no entity of the
// article. The person is the name the office is apposed to ("X, the mayor
// of P,"), whose subject it is ("X served as governor of P", "X was mayor
// of P") or the name it introduces ("Mayor of P, Region, X").

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// localOfficeHeads head a local government's own office.
var localOfficeHeads = lexWords.set("localOfficeHeads")

// localDivisions name the kind of place between "of" and its name: "the
// mayor of the municipality of P", "the governor of the Peruvian region of P".
var localDivisions = lexWords.set("localDivisions")

// localOfficeRoles gives the holders of local offices their place.
func (d *doc) localOfficeRoles(add func(*entity, string, *entity, int)) {
	for h := 1; h+2 < len(d.toks); h++ {
		if !localOfficeHeads[d.toks[h].key] || d.inQuote[h] || d.toks[h+1].key != "of" {
			continue
		}
		ps, pe := d.localPlaceAfter(h + 2)
		if ps < 0 {
			continue
		}
		ts := h // the title's start: "the former", "Vice-"
		for ts > 0 && d.toks[ts-1].sent == d.toks[h].sent && (titleMods[d.toks[ts-1].key] || d.toks[ts-1].key == "-") && d.mentionAt(ts-1) == nil {
			ts--
		}
		title := d.surface(ts, h+1)
		if ts > 0 && (d.toks[ts-1].key == "the" || d.toks[ts-1].key == "a") {
			ts--
		}
		p := d.localOfficeHolder(ts, pe)
		if p == nil {
			continue
		}
		d.ruled("role/local-office", ts, pe)
		add(p, title, &entity{name: d.surface(ps, pe), typ: schema.Government}, ts)
	}
}

// localPlaceAfter returns the span of the place named from token k on: a
// run of capitalised words (with particles inside: "Villa del Mar") after
// an optional "the", a division and "of" ("the municipality of", "the
// Peruvian region of"). A body, a country or a person's known name is no
// such place; -1, -1 when there is none.
func (d *doc) localPlaceAfter(k int) (int, int) {
	sent := d.toks[k-1].sent
	if k < len(d.toks) && d.toks[k].key == "the" {
		k++
	}
	j := k
	if m := d.mentionAt(j); m != nil && (m.class == mDemonym || m.ent != nil && m.ent.typ == schema.Government) {
		j = m.e // "the Peruvian region of"
		if j < len(d.toks) && d.toks[j].key == "of" && localDivisions[d.toks[j-1].key] {
			j-- // the division read as part of the state's name
		}
	}
	if j+1 < len(d.toks) && localDivisions[d.toks[j].key] && d.toks[j+1].key == "of" {
		k = j + 2
	}
	e := k
	for e < len(d.toks) && d.toks[e].sent == sent && d.toks[e].kind == tWord && e-k < 5 &&
		(d.toks[e].cap || particles[d.toks[e].key] && e > k && e+1 < len(d.toks) && d.toks[e+1].cap) {
		if m := d.mentionAt(e); e > k && m != nil && m.s == e && m.ent != nil && m.ent.typ == schema.Person {
			break // "the former governor of P Ana Ruiz": the place ends where the name begins
		}
		e++
	}
	if e == k || stopCaps[d.toks[k].key] {
		return -1, -1
	}
	for i := k; i < e; i++ {
		if m := d.mentionAt(i); m != nil && m.ent != nil && m.ent.typ != schema.Person {
			return -1, -1 // "governor of the Reserve Bank", "mayor of Peru"
		}
	}
	return k, e
}

// localOfficeHolder returns the person a local office starting at token ts
// and ending with its place at pe belongs to: the name before ", the mayor
// of P", the subject of "served as" or "was", or the name after "Mayor of
// P, Region," or "the mayor of P,".
func (d *doc) localOfficeHolder(ts, pe int) *entity {
	person := func(m *mention) *entity {
		if m == nil || m.ent == nil || m.ent.typ != schema.Person || m.quoted {
			return nil
		}
		return m.ent
	}
	if ts >= 2 && d.toks[ts-1].key == "," {
		if p := person(d.mentionEndingAt(ts - 1)); p != nil || d.toks[ts].key != "the" {
			return p
		}
		// "On May 3, the mayor of P, X, ...": an opening phrase before the
		// office, the name apposed after the place
	}
	if ts >= 3 && d.toks[ts-1].key == "as" && d.toks[ts-2].key == "served" {
		return person(d.mentionEndingAt(ts - 2))
	}
	if ts >= 2 && (d.toks[ts-1].key == "was" || d.toks[ts-1].key == "is") {
		return person(d.mentionEndingAt(ts - 1))
	}
	if m := d.mentionAt(pe); pe < len(d.toks) && m != nil && m.s == pe && d.toks[pe].sent == d.toks[ts].sent {
		return person(m) // "former governor of P Ana Ruiz": the name right after the place
	}
	// "Mayor of Villa Sur, Costa Alta, X": a capitalised office before the name,
	// the place's region between commas; "the former mayor of P, X,"
	if !d.toks[ts].cap && !(ts+1 < len(d.toks) && d.toks[ts+1].cap) && d.toks[ts].key != "the" {
		return nil
	}
	k := pe
	place := func(i int) bool { // a region's word: no entity's
		m := d.mentionAt(i)
		return d.toks[i].cap && d.toks[i].kind == tWord && (m == nil || m.ent == nil && m.class == mIgnore)
	}
	if k+2 < len(d.toks) && d.toks[k].key == "," && place(k+1) {
		k += 2
		for k < len(d.toks) && place(k) {
			k++
		}
	}
	if k+1 < len(d.toks) && d.toks[k].key == "," {
		if m := d.mentionAt(k + 1); m != nil && m.s == k+1 {
			return person(m)
		}
	}
	return nil
}

// mentionEndingAt returns the mention whose last token is e-1; a place's
// word that ends a person's name ("X Y Lima") stands for the person.
func (d *doc) mentionEndingAt(e int) *mention {
	if e <= 0 {
		return nil
	}
	m := d.mentionAt(e - 1)
	if m == nil || m.e != e {
		return nil
	}
	if m.class == mIgnore && m.s > 0 {
		if pm := d.mentionAt(m.s - 1); pm != nil && (pm.e == m.s || pm.e == m.e) && pm.ent != nil && pm.ent.typ == schema.Person &&
			strings.HasSuffix(pm.ent.name, " "+d.surface(m.s, m.e)) {
			return pm
		}
	}
	return m
}
