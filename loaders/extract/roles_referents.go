// What "its", "the country's", "his" and "led by" refer to when a title
// names no body: the referent is the title's organisation.

package extract

import (
	"github.com/newsgraph/newsgraph/schema"
)

// rankOnly reports whether a title is a military or police rank and nothing
// else ("Brig. Gen.", "Col.").
func (d *doc) rankOnly(title []int) bool {
	rank := false
	for _, k := range title {
		key := d.toks[k].key
		if stateTitles[key] || key == "agent" || key == "director" || key == "chief" {
			return false
		}
		if militaryRanks[key] {
			rank = true
		}
	}
	return rank
}

// agencyRoleOf is the body of the last post recorded for p in an agency:
// the parent when the agency is a unit of one.
func (d *doc) agencyRoleOf(p *entity) *entity {
	for k := len(d.roles) - 1; k >= 0; k-- {
		r := d.roles[k]
		if r.Person != p.name {
			continue
		}
		if o := d.ents[string(schema.Agency)+"|"+fold(r.Org)]; o != nil {
			if o.parent != nil && o.parent.typ == schema.Agency {
				return o.parent
			}
			return o
		}
	}
	return nil
}

// itsBefore returns the token of "its" just before a title starting at
// token t, allowing one or two adjectives between ("its jailed leader"),
// or -1.
func (d *doc) itsBefore(t int) int {
	for k, n := t-1, 0; k >= 0 && n < 3; k, n = k-1, n+1 {
		tk := d.toks[k]
		if tk.key == "its" {
			return k
		}
		if tk.key == "-" && !tk.space && k > 0 && tk.sent == d.toks[t].sent {
			n-- // "its best-known leader": a hyphenated adjective is one word
			continue
		}
		// "the country's interior minister", "the group's founder"
		if tk.key == "'s" && k >= 2 && (refNouns[d.toks[k-1].key] != 0 || headOfState[d.toks[k-1].key]) && d.toks[k-2].key == "the" && d.at[k-1] == 0 {
			return k
		}
		if tk.kind != tWord || tk.cap || d.at[k] != 0 || tk.sent != d.toks[t].sent {
			return -1
		}
	}
	return -1
}

// leaderTitles belong to a group's head, so "its leader" looks back for a
// group first.
var leaderTitles = set("leader", "boss", "founder", "co-founder", "kingpin", "chief", "head", "commander")

// itsReferent is the institution "its" at token i stands for: the last
// named before it, a criminal group first for a leader's title.
func (d *doc) itsReferent(i int, title []int) *entity {
	if d.toks[i].key == "'s" {
		if headOfState[d.toks[i-1].key] {
			return d.presidentGovernment(i - 1) // "the president's special envoy"
		}
		return d.nounReferent(i-1, refNouns[d.toks[i-1].key])
	}
	leader := false
	for _, k := range title {
		if leaderTitles[d.toks[k].key] {
			leader = true
		}
	}
	if leader {
		// the group or party named last in this sentence or the one
		// before: "The opposition X movement campaigned … Its leader"
		sent := d.toks[i].sent
		var first *entity // the first entity of the sentence before
		for k := i - 1; k >= 0 && d.toks[k].sent >= sent-1; k-- {
			if m := d.mentionAt(k); m != nil && m.ent != nil {
				if m.ent.typ == schema.Cartel || d.isParty(m) {
					return m.ent
				}
				if d.toks[k].sent == sent-1 {
					first = m.ent
				}
				k = m.s
			}
		}
		// "The UN mission called on both sides … Its head, X,": a
		// sentence opened by "Its" refers to the body that opened the one
		// before, not to a gang further back
		if first != nil && (first.typ == schema.Organization || first.typ == schema.Agency) && (i == 0 || d.toks[i-1].sent != sent) {
			return first
		}
		for k := i - 1; k >= 0 && k > i-400; k-- {
			if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ == schema.Cartel {
				return m.ent
			}
		}
	}
	return d.lastInstitution(i)
}

// groupNouns refer back to a criminal group or an institution.
var groupNouns = set("group", "gang", "cartel", "coalition", "faction", "organization", "organisation", "militia",
	"network", "alliance", "federation", "syndicate", "movement", "agency", "unit", "force", "guerrillas")

// groupBefore is the organisation a "led by" at token i describes: a named
// one just before it in the sentence, else the last named group before a
// noun such as "the coalition".
func (d *doc) groupBefore(i int) *entity {
	sent := d.toks[i].sent
	noun := false
	// "Treasury Sanctions Venezuelan Cartel Headed by X": a criminal
	// group's noun right before the participle is what X heads, not a
	// body named before it
	if k := i - 1; k > 0 && (d.toks[k].key == "," && d.at[k-1] == 0 && refNouns[d.toks[k-1].key] == 'c' || d.at[k] == 0 && refNouns[d.toks[k].key] == 'c') {
		for k = i - 1; k >= 0 && k > i-200; k-- {
			if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ == schema.Cartel {
				return m.ent
			}
		}
		return nil
	}
	for k := i - 1; k >= 0 && d.toks[k].sent == sent; k-- {
		if m := d.mentionAt(k); m != nil && m.ent != nil {
			if t := m.ent.typ; t == schema.Cartel || t == schema.Organization || t == schema.Agency {
				return m.ent
			}
			if m.ent.typ == schema.Person {
				return nil
			}
			k = m.s
			continue
		}
		if groupNouns[d.toks[k].key] {
			noun = true
		}
	}
	if !noun {
		return nil
	}
	for k := i - 1; k >= 0 && k > i-200; k-- {
		if m := d.mentionAt(k); m != nil && m.ent != nil && (m.ent.typ == schema.Cartel || m.ent.typ == schema.Organization) {
			return m.ent
		}
	}
	return nil
}

// refNouns refer back to an actor of the kind they name: 'g' a government,
// 'c' a criminal group, 'a' an agency, 'o' another organisation.
var refNouns = map[string]byte{"country": 'g', "nation": 'g', "government": 'g', "state": 'g',
	"group": 'c', "gang": 'c', "cartel": 'c', "clan": 'c', "network": 'c', "faction": 'c', "militia": 'c',
	"crew": 'c', "agency": 'a', "ministry": 'a', "department": 'a', "force": 'a', "police": 'a',
	"unit": 'a', "service": 'a', "bureau": 'a', "office": 'a', "secretariat": 'a', "navy": 'a', "army": 'a',
	"institute": 'o', "centre": 'o', "center": 'o', "university": 'o', "tank": 'o', "company": 'o',
	"firm": 'o', "bank": 'o', "foundation": 'o', "organization": 'o', "organisation": 'o', "ngo": 'o',
	"association": 'o', "union": 'o', "newspaper": 'o', "consultancy": 'o', "observatory": 'o', "council": 'o',
	"federation": 'o', "coalition": 'o', "alliance": 'o', "chamber": 'o', "think-tank": 'o', "broadcaster": 'o',
	"station": 'o', "school": 'o', "college": 'o', "church": 'o', "party": 'o', "commission": 'o', "authority": 'a',
	"directorate": 'a', "command": 'a', "superintendency": 'a', "prosecutor's": 'a', "court": 'a', "congress": 'a',
	"senate": 'a', "assembly": 'a', "committee": 'a', "embassy": 'a', "consulate": 'a', "gendarmerie": 'a',
	"division": 'a', "brigade": 'a', "battalion": 'a', "regiment": 'a', "squadron": 'a', "fleet": 'a',
	"mission": 'o'}

// nounReferent is the actor "the country", "the group" at token i refers
// to: the last one of that kind named before it, or for a country the
// article's main government.
func (d *doc) nounReferent(i int, kind byte) *entity {
	if kind == 'g' {
		// "Paraguay deployed troops to its border with Brazil. The
		// country's minister …": the first government of the sentence before
		sent := d.toks[i].sent
		for k := i - 1; k >= 0 && d.toks[k].sent >= sent-1; k-- {
			if d.toks[k].sent == sent {
				continue
			}
			var first *entity
			for ; k >= 0 && d.toks[k].sent == sent-1; k-- {
				if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ == schema.Government {
					first = m.ent
					k = m.s
				}
			}
			if first != nil {
				return first
			}
			break
		}
	}
	if kind == 'a' || kind == 'o' {
		// "the committee's ranking member": the last body named a committee
		noun := d.toks[i].key
		for k := i - 1; k >= 0 && k > i-600; k-- {
			if m := d.mentionAt(k); m != nil && m.ent != nil {
				if (m.ent.typ == schema.Agency || m.ent.typ == schema.Organization) && containsWord(fold(m.ent.name), noun) {
					return m.ent
				}
				k = m.s
			}
		}
	}
	for k := i - 1; k >= 0 && k > i-600; k-- {
		m := d.mentionAt(k)
		if m == nil || m.ent == nil {
			if m != nil && m.class == mDemonym && kind == 'g' {
				if ge := d.govNamed(m.country); ge != nil {
					return ge
				}
			}
			continue
		}
		t := m.ent.typ
		switch {
		case kind == 'g' && t == schema.Government,
			kind == 'c' && t == schema.Cartel,
			kind == 'a' && t == schema.Agency,
			kind == 'o' && t == schema.Organization:
			return m.ent
		}
		k = m.s
	}
	if kind == 'g' {
		if c := d.dominant(false); c != "" {
			return d.govNamed(c)
		}
	}
	return nil
}

// appointVerbs put a named body's new office holder after them: "Canada
// named a fentanyl czar, X".
var appointVerbs = set("named", "appointed", "nominated", "tapped", "picked", "chose", "hired", "installed", "names", "appoints")

// appointer is the government or body that appointed the title starting at
// token t: "Canada named a fentanyl czar".
func (d *doc) appointer(t int) *entity {
	k := t - 1
	// "a new fentanyl czar": up to two lower-case words before the title
	for n := 0; n < 2 && k > 0 && d.toks[k].kind == tWord && !d.toks[k].cap && d.at[k] == 0 &&
		!appointVerbs[d.toks[k].key] && d.toks[k].key != "a" && d.toks[k].key != "an" && d.toks[k].key != "its" && d.toks[k].key != "the"; n++ {
		k--
	}
	if k >= 0 && (d.toks[k].key == "a" || d.toks[k].key == "an" || d.toks[k].key == "its" || d.toks[k].key == "the") {
		k--
	}
	if k < 1 || !appointVerbs[d.toks[k].key] {
		return nil
	}
	// the subject: the last actor before the verb in its sentence
	for j := k - 1; j >= 0 && d.toks[j].sent == d.toks[t].sent; j-- {
		if m := d.mentionAt(j); m != nil && m.ent != nil {
			if ty := m.ent.typ; ty == schema.Government || ty == schema.Agency || ty == schema.Organization || ty == schema.Cartel {
				return m.ent
			}
			return nil
		}
	}
	return nil
}

var possGender = map[string]byte{"his": 'm', "her": 'f'}

// possessorOrg is the government or body of the person "his" or "her" at
// token i stands for, for a state title after it ("her security
// minister"): that person's last state office's government.
func (d *doc) possessorOrg(i int, g byte, title []int) *entity {
	state := false
	for _, k := range title {
		if stateTitles[d.toks[k].key] {
			state = true
		}
	}
	if !state {
		return nil
	}
	p := d.resolvePronoun(i, g)
	if p == nil {
		return nil
	}
	for k := len(d.roles) - 1; k >= 0; k-- {
		if r := d.roles[k]; r.Person == p.name {
			if ge := d.govNamed(r.Org); ge != nil {
				return ge
			}
		}
	}
	return nil
}

// itsApposed is the body "its" at token i stands for when it opens an
// apposition's title ("X, its deputy leader,"): the title words after it
// up to the comma or the sentence's end, read as before a name; nil when
// no title head follows.
func (d *doc) itsApposed(p *entity, i int) *entity {
	var title []int
	k := i + 1
	for ; k < len(d.toks) && k <= i+5 && d.toks[k].sent == d.toks[i].sent && d.at[k] == 0 && d.toks[k].kind == tWord; k++ {
		title = append(title, k)
	}
	if len(title) == 0 || !d.hasHead(title) || k < len(d.toks) && d.toks[k].sent == d.toks[i].sent && d.toks[k].key != "," {
		return nil
	}
	ref := d.itsReferent(i, title)
	if ref == nil || ref == p || ref.typ == schema.Person {
		return nil
	}
	// "Peru's government backed it. X, its president,": a state named
	// after the body, not as a place ("met in Panama"), may be what "its"
	// stands for
	for k := i - 1; k >= 0; k-- {
		if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ != schema.Person {
			if m.ent != ref && m.ent.typ == schema.Government && (m.s == 0 || !stateAsPlace[d.toks[m.s-1].key]) {
				return nil
			}
			if m.ent == ref {
				break
			}
			k = m.s
		}
	}
	return ref
}

// stateAsPlace are the prepositions before a state's name that make it a
// place, not an actor.
var stateAsPlace = set("in", "to", "from", "at", "across", "throughout", "near")
