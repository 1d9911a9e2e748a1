// The unnamed patient of a lead's passive act: "… announced that a
// high-ranking member of X has been extradited by Colombia to the United
// States. Y, a/k/a "Z", arrived …": Y is the person extradited.

package extract

import "github.com/newsgraph/newsgraph/schema"

// patientNouns head an unnamed description of a person (a list of
// data/lexicon/words.tsv).
var patientNouns = lexWords.set("patientNouns")

// leadPatient is the person a passive act in one of the text's first
// sentences is done to when its subject, right before the verb group at
// start, is an unnamed description ("a high-ranking member of the X",
// "a Mexican national") opening the sentence or a clause after "that":
// the first person named in the next five sentences who holds no office
// (a rank in a criminal group is none).
// nil when the subject names someone, or no such person follows.
func (d *doc) leadPatient(start, sent int) *entity {
	if sent >= leadSentences {
		return nil
	}
	k := start - 1
	noun := false
	for ; k >= 0 && d.toks[k].sent == sent; k-- {
		key := d.toks[k].key
		if key == "a" || key == "an" {
			break
		}
		if m := d.mentionAt(k); m != nil {
			if m.ent != nil && m.ent.typ == schema.Person {
				return nil
			}
			k = m.s
			continue
		}
		if actorStop[key] || key == "who" || key == "which" {
			return nil
		}
		if relCues[key] != nil && (k == 0 || !determiners[d.toks[k-1].key]) {
			return nil // a verb; "the designated terrorist organization" is a modifier
		}
		if patientNouns[key] {
			noun = true
		}
	}
	if k < 0 || d.toks[k].sent != sent || !noun {
		return nil
	}
	if k > 0 && d.toks[k-1].sent == sent && d.toks[k-1].key != "that" && d.toks[k-1].key != "-" && d.toks[k-1].key != "–" && d.toks[k-1].key != "—" {
		return nil // "…, a member of X, was …" is an apposition, read elsewhere
	}
	for j := start; j < len(d.toks) && d.toks[j].sent <= sent+5; j++ {
		m := d.mentionAt(j)
		if m == nil || m.ent == nil || m.ent.typ != schema.Person || d.toks[j].sent == sent {
			continue
		}
		if holdsOffice(m.ent) && !d.groupRolesOnly(m.ent) || d.agentMention(m.s) {
			j = m.e - 1
			continue
		}
		return m.ent
	}
	return nil
}

// groupRolesOnly reports whether every role the article gives person e
// is held in a criminal group ("former head, X cartel"): a defendant's
// rank in the group, not an official's office.
func (d *doc) groupRolesOnly(e *entity) bool {
	n := 0
	for _, r := range d.roles {
		if r.Person != e.name {
			continue
		}
		if d.roleGroup(r) == nil {
			return false
		}
		n++
	}
	return n > 0
}

// possessedUnnamed reports whether the object from token k is a body's
// possessive before an unnamed part of it ("the Navy's Pacific flotilla",
// "the agency's border unit"): the part is the object,
// and the text does not name it as a body.
func (d *doc) possessedUnnamed(k, sent int) bool {
	m := d.mentionAt(k)
	if (m == nil || m.s != k) && k+1 < len(d.toks) && d.toks[k].key == "the" {
		k++ // the article may open the name or stand before it
		m = d.mentionAt(k)
	}
	if m == nil || m.s != k || m.e+1 >= len(d.toks) || d.toks[m.e].key != "'s" || d.toks[m.e].sent != sent {
		return false
	}
	n := d.mentionAt(m.e + 1)
	return n == nil || n.s != m.e+1 || n.ent == nil || n.ent.typ == schema.Person // "the Navy's Pacific flotilla": a place names no body
}

// agentMention reports whether the mention starting at token s is the
// agent of a passive, "by" before it over at most "the" and four
// capitalised title words ("sentenced by the Honorable X"): the one acting,
// not the one acted on.
func (d *doc) agentMention(s int) bool {
	for k, n := s-1, 0; k >= 0 && n < 5 && d.toks[k].sent == d.toks[s].sent; k, n = k-1, n+1 {
		switch t := d.toks[k]; {
		case t.key == "by":
			return true
		case t.key == "the" || t.kind == tWord && t.cap:
			continue
		default:
			return false
		}
	}
	return false
}
