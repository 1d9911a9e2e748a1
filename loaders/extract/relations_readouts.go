// Readouts of meetings: a guest welcomed to a place, a delegation
// received after a time or place adjunct.

package extract

import "github.com/newsgraph/newsgraph/schema"

// welcomedGuests are the persons a welcome verb at [v, end) greets at a
// place named by "to" after them: "welcomed President X of Y to the White
// House" (X met the host); nil for "welcomed X's decision" or "welcomed
// X to the talks".
func (d *doc) welcomedGuests(v, end, sent int) []*entity {
	if !welcomeForms[d.toks[v].key] {
		return nil
	}
	person, after := false, -1 // after: the token right after the last person named
	for k := end; k+1 < len(d.toks) && d.toks[k].sent == sent && k < end+24; k++ {
		if m := d.mentionAt(k); m != nil {
			if m.ent != nil && m.ent.typ == schema.Person {
				person, after = true, m.e
			}
			k = m.e - 1
			continue
		}
		key := d.toks[k].key
		if key == "to" {
			if !person || !d.seatAt(k+1, sent) {
				return nil
			}
			return personsOnly(d.actorsRight(end, sent, "metWith", sideObj))
		}
		if key == "," && k == after && d.guestListGoesOn(k+1, sent) {
			continue // "welcomed A, Ambassador B, and their delegation to …"
		}
		if actorStop[key] || key == "," || key == "'s" || relCues[key] != nil || k >= end+12 && !person {
			return nil
		}
	}
	return nil
}

// guestListGoesOn reports whether a list of guests goes on at token k,
// after a comma that closes a person's name: another name or title
// (capitalised), or "and" before one or before the guests' company
// ("and their delegation").
func (d *doc) guestListGoesOn(k, sent int) bool {
	if k >= len(d.toks) || d.toks[k].sent != sent {
		return false
	}
	if d.toks[k].key == "and" {
		k++
		if k < len(d.toks) && d.toks[k].sent == sent && (personalPossessives[d.toks[k].key] || d.toks[k].key == "their") {
			return true
		}
	}
	return k < len(d.toks) && d.toks[k].sent == sent && d.toks[k].kind == tWord && d.toks[k].cap
}

// seatAt reports whether a place starts at token k (over "the"): a
// government or its seat ("the White House", "Mexico City") or a capital.
func (d *doc) seatAt(k, sent int) bool {
	if k >= len(d.toks) || d.toks[k].sent != sent {
		return false
	}
	if m := d.mentionAt(k); m != nil && m.s == k && m.ent != nil && (m.ent.typ == schema.Government || m.ent.typ == schema.Agency) {
		return true // "to Mexico City", "to the Pentagon", "to the Department of State"
	}
	if d.toks[k].key == "the" {
		return d.seatAt(k+1, sent)
	}
	for _, pl := range d.places {
		if pl.tok == k {
			return true
		}
	}
	return false
}

// afterAdjuncts skips a time or place adjunct between a meeting verb and
// its object: "received yesterday in Mexico City a delegation …". It
// returns the token after the adjunct, or end when there is none.
func (d *doc) afterAdjuncts(end, sent int) int {
	k := end
	for k < len(d.toks) && d.toks[k].sent == sent && k < end+8 {
		key := d.toks[k].key
		switch {
		case relAux[key] && d.toks[k].kind == tWord:
			k++
		case key == "in" && k+1 < len(d.toks) && d.toks[k+1].cap && d.toks[k+1].sent == sent:
			k++
			for k < len(d.toks) && d.toks[k].cap && d.toks[k].kind == tWord && d.toks[k].sent == sent {
				k++
			}
		default:
			return k
		}
	}
	return end
}

// titleTo reports whether the "to" at token j, after the coordinator at
// k, links a title to its office: "and Chief of Staff to the President
// X", "and Senior Adviser to the Minister Y".
func (d *doc) titleTo(j, k int) bool {
	if d.toks[j].key != "to" || j < k+2 || j+1 >= len(d.toks) {
		return false
	}
	p, n := d.toks[j-1], d.toks[j+1]
	return p.kind == tWord && p.cap && d.mentionAt(j-1) == nil && (n.key == "the" || n.cap)
}

// appositionEnd is the comma closing an indefinite apposition that opens
// at the comma at k ("X, a leader in the Y cartel and one of Z's sons
// (“W”), as well as V"), or -1: the apposition describes the actor
// before it, and the list goes on after it.
func (d *doc) appositionEnd(k, sent int) int {
	if k+2 >= len(d.toks) || d.toks[k].key != "," {
		return -1
	}
	if a := d.toks[k+1].key; a != "a" && a != "an" && a != "one" {
		return -1
	}
	for j := k + 2; j < len(d.toks) && d.toks[j].sent == sent && j < k+30; j++ {
		switch key := d.toks[j].key; {
		case key == "(":
			if c := d.closeParen(j, sent); c > j {
				j = c
			}
		case key == ",":
			return j
		case actorStop[key] || key == "who" || key == "which":
			return -1
		}
	}
	return -1
}

// pairNouns name the two persons of a meeting by their office: "the two
// leaders' call", "both presidents' meeting".
var pairNouns = set("leaders", "presidents", "ministers", "counterparts", "secretaries")

// pairPossessor reads "the two leaders' (telephone) conversation" before
// the noun cue at v of a symmetric predicate: the two persons named last
// before it, in its sentence or the one before; nil if not.
func (d *doc) pairPossessor(v, sent int, pred string) []*entity {
	if !schema.SymmetricRelations[pred] {
		return nil
	}
	k := v - 1
	for n := 0; n < 2 && k > 0 && d.toks[k].kind == tWord && !d.toks[k].cap && d.mentionAt(k) == nil; n++ {
		k-- // "telephone", "recent"
	}
	if k < 2 || d.toks[k].key != "'" || !pairNouns[d.toks[k-1].key] {
		return nil
	}
	if c := d.toks[k-2].key; c != "two" && c != "both" {
		return nil
	}
	var out []*entity
	for j := k - 3; j >= 0 && d.toks[j].sent >= sent-1 && len(out) < 2; j-- {
		m := d.mentionAt(j)
		if m == nil || m.ent == nil {
			continue
		}
		j = m.s
		if m.ent.typ == schema.Person && (len(out) == 0 || out[0] != m.ent) {
			out = append(out, m.ent)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// weMet reads "As I told President X when we met": the "we" at token we
// is the text's speaker (its author, "Statement by Y") and the person
// the speaker's "I" addressed before it in the sentence; nil if not.
func (d *doc) weMet(we, sent int) (*entity, *entity) {
	var other *entity
	for k := we - 1; k >= 0 && d.toks[k].sent == sent; k-- {
		if m := d.mentionAt(k); m != nil {
			if other == nil && m.ent != nil && m.ent.typ == schema.Person {
				other = m.ent
			}
			k = m.s
			continue
		}
		if d.toks[k].key == "i" && other != nil {
			if sp := d.textSpeaker(); sp != nil && sp != other {
				return sp, other
			}
			return nil, nil
		}
	}
	return nil, nil
}

// relativeObject is the antecedent of an object relative clause whose
// verb, ending at end, takes no object of its own: "X, which Washington
// designated as a terrorist organisation in May", "the gangs that the
// government has declared terrorist groups"; nil if not.
func (d *doc) relativeObject(start, end, sent int, pred string) []*entity {
	for k := end; k < len(d.toks) && k < end+3 && d.toks[k].sent == sent; k++ {
		if d.mentionAt(k) != nil {
			return nil // the verb's own object
		}
	}
	for k := start - 1; k >= 1 && k > start-10 && d.toks[k].sent == sent; k-- {
		switch key := d.toks[k].key; {
		case key == "which" || key == "that" || key == "whom":
			a := k - 1
			if d.toks[a].key == "," && a > 0 {
				a--
			}
			if a > 0 && d.mentionAt(a) == nil && (groupKindNouns[d.toks[a].key] || groupAntecedents[d.toks[a].key]) && !d.toks[a].cap {
				a-- // "the X coalition, which Washington designated"
			}
			if m := d.mentionAt(a); m != nil && m.ent != nil && typeOK(pred, sideObj, m.ent.typ) {
				return []*entity{m.ent}
			}
			return nil
		case d.mentionAt(k) != nil || d.toks[k].cap || subjectWords[key]:
			// the clause's subject: "the State Department", "the government of X"
		default:
			return nil
		}
	}
	return nil
}

// groupAntecedents, besides groupKindNouns, may follow a group's name
// before a relative clause about it: "the X coalition, which …".
var groupAntecedents = set("coalition", "alliance", "faction", "federation", "militia")

// subjectWords may stand in the subject of an object relative clause
// besides names: "which the government of X has declared …".
var subjectWords = set("the", "of", "'s", "government", "administration")
