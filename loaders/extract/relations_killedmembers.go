// Killings of a body's or a state's people counted but not named: "FARC
// rebels killed 11 Colombian soldiers", "gunmen linked to X killed two
// agents of the National Anti-Drug Secretariat". Killing members of an
// actor attacks that actor (extraction-format: attacked, "killed members
// of"); the killers are read as for any verb, and must be named.

package extract

import "github.com/newsgraph/newsgraph/schema"

// servicePeople are the people of a state's or a body's service whose
// killing attacks it.
var servicePeople = set("soldiers", "troops", "agents", "officers", "policemen", "police", "marines", "guards",
	"members", "personnel", "officials", "sailors")

// killedMembers reads "A killed N (Demonym) soldiers" as A attacked the
// state and "A killed N agents of B" as A attacked B, given the killing
// verb at v and the start of its verb group. stateForceKillings finds
// the verbs in its scan: an active, stated, unquoted "killed"; a negated,
// modal or passive killing states none here.
func (d *doc) killedMembers(v, start int, add func(*entity, string, *entity, int)) {
	sent := d.toks[v].sent
	target := d.countedServiceOf(v+1, sent)
	if target == nil {
		return
	}
	if s := d.killerBefore(start, sent); s != nil && s != target {
		add(s, "attacked", target, v)
	}
}

// killerPreps before a group's name make it the object of a phrase, not
// the killer: "an ambush blamed on X killed", "gunmen linked to X killed".
var killerPreps = set("to", "on", "by", "of", "with", "from", "for", "against")

// killerBefore returns the group or state named right before the verb
// group at start, alone or before a plural of its people ("FARC rebels",
// "suspected X guerrillas"), and not inside a phrase of another word
// ("gunmen linked to X"); or nil.
func (d *doc) killerBefore(start, sent int) *entity {
	e := start
	if e > 0 && unnamedActorNouns[d.toks[e-1].key] && !d.toks[e-1].cap {
		e-- // "FARC rebels killed": the rebels' group
	}
	if e < 1 || d.toks[e-1].sent != sent {
		return nil
	}
	m := d.mentionAt(e - 1)
	if m == nil || m.e != e || m.ent == nil || m.ent.typ != schema.Cartel && m.ent.typ != schema.Government {
		return nil
	}
	// over the words describing the group ("the Ecuadorian gang X",
	// "suspected X"): a preposition before them puts it in a phrase
	for k := m.s - 1; k >= 0 && k >= m.s-5 && d.toks[k].sent == sent; k-- {
		t := d.toks[k]
		if killerPreps[t.key] {
			return nil
		}
		q := d.mentionAt(k)
		if q != nil && q.ent == nil {
			k = q.s
			continue // "the Ecuadorian gang X"
		}
		if t.kind != tWord || relAux[t.key] || relConj[t.key] || relCues[t.key] != nil || q != nil && q.ent != nil {
			break
		}
	}
	return m.ent
}

// countedServiceOf returns the state or body whose counted people start
// at token i: "11 Colombian soldiers" (the state, when the article names
// it), "two agents of the X" (X, a state or an agency); or nil. The count
// is a number in figures or words, after "at least" if any.
func (d *doc) countedServiceOf(i, sent int) *entity {
	k := i
	if k+1 < len(d.toks) && d.toks[k].key == "at" && d.toks[k+1].key == "least" {
		k += 2
	}
	if k >= len(d.toks) || d.toks[k].sent != sent || numberWords(d.toks[k].key) < 2 {
		return nil
	}
	k++
	if k >= len(d.toks) {
		return nil
	}
	if g, n := d.demonymGovFrom(k); g != nil {
		if t := k + n; t < len(d.toks) && servicePeople[d.toks[t].key] && !d.toks[t].cap {
			return g // "11 Colombian soldiers"
		}
		return nil
	}
	if !servicePeople[d.toks[k].key] || d.toks[k].cap || k+2 >= len(d.toks) || d.toks[k+1].key != "of" {
		return nil
	}
	j := k + 2
	if d.toks[j].key == "the" {
		j++
	}
	m := d.mentionAt(j)
	if m == nil || m.s != j || m.ent == nil || d.toks[j].sent != sent {
		return nil
	}
	if m.ent.typ == schema.Government || m.ent.typ == schema.Agency {
		return m.ent // "two agents of the National Anti-Drug Secretariat"
	}
	return nil
}
