// Handing a person over to another body: "DEA agents transferred X to
// the custody of the national police", "A transferred custody of X to B",
// "A handed X over to B".

package extract

import "github.com/newsgraph/newsgraph/schema"

// transferForms hand over what follows them; handForms only with "over"
// ("handed X over to", "turned over X to").
var (
	transferForms = set("transfer", "transfers", "transferred", "transferring")
	handForms     = set("hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning")
)

// handedOver reads the words from the handover verb at v to its "to": it
// returns the person handed over, named between them (with pronouns, also
// an object pronoun right after the verb standing for one named before:
// "turned him over to"), and the position of "to"; nil, -1 when no person
// is handed over ("transferred millions of dollars to") or a hand verb
// lacks its "over".
func (d *doc) handedOver(v int, pronouns bool) (*entity, int) {
	sent := d.toks[v].sent
	over := transferForms[d.toks[v].key]
	var person *entity
	to := -1
	for k := v + 1; k < len(d.toks) && k <= v+14 && d.toks[k].sent == sent; k++ {
		t := d.toks[k].key
		if actorStop[t] {
			break
		}
		if t == "over" {
			over = true
			continue
		}
		if t == "to" {
			to = k
			break
		}
		if g, ok := objectPronouns[t]; pronouns && ok && k == v+1 && person == nil {
			person = d.resolvePronoun(k, g)
			continue
		}
		if m := d.mentionAt(k); m != nil {
			if m.ent == nil || m.ent.typ != schema.Person {
				break
			}
			person = m.ent
			k = m.e - 1
		}
	}
	if !over || person == nil || person.typ != schema.Person || to < 0 {
		return nil, -1
	}
	return person, to
}

// custodyHandovers reads a state body handing a person it holds to another
// state body: the two cooperate. The person must be named between the verb
// and "to" (or after "custody of"); the receiver is the body after "to"
// (over "the custody of"). A passive handover ("X was transferred to ICE
// custody") names no giver; a negated, modal or planned one is none.
func (d *doc) custodyHandovers(add func(*entity, string, *entity, int)) {
	for v := 1; v+2 < len(d.toks); v++ {
		key := d.toks[v].key
		if !transferForms[key] && !handForms[key] || d.inQuote[v] {
			continue
		}
		sent := d.toks[v].sent
		person, to := d.handedOver(v, false)
		if person == nil {
			continue
		}
		g := d.verbGroup(v)
		if g.passive || d.unstated(v, g) {
			continue
		}
		r := to + 1
		if r+2 < len(d.toks) && d.toks[r].key == "the" && d.toks[r+1].key == "custody" && d.toks[r+2].key == "of" {
			r += 3 // "to the custody of the national police"
		}
		if r < len(d.toks) && d.toks[r].key == "the" {
			r++
		}
		m := d.mentionAt(r)
		if m == nil || m.ent == nil || m.s != r || m.ent.typ != schema.Agency && m.ent.typ != schema.Government {
			continue
		}
		for _, s := range d.handoverGivers(g.start, sent) {
			if s.typ == schema.Agency || s.typ == schema.Government {
				add(s, "cooperatesWith", m.ent, v)
			}
		}
	}
}

// handoverGivers are the actors of a handover whose verb group starts at
// v: the body naming the people right before it ("ICE HSI agents
// transferred": HSI, the nearer name), else the actors before it.
func (d *doc) handoverGivers(v, sent int) []*entity {
	j := v - 1
	for j >= 0 && d.toks[j].sent == sent && headNouns[d.toks[j].key] {
		j--
	}
	if j < v-1 && j >= 0 && d.toks[j].sent == sent {
		if m := d.mentionAt(j); m != nil && m.ent != nil {
			return []*entity{m.ent}
		}
		return nil
	}
	return d.actorsLeft(v, sent, "cooperatesWith", sideSubj)
}
