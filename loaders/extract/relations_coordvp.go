// Coordinated predicates: "X expressed appreciation for Y's response,
// congratulated Z on …, and welcomed …": each verb after the first has
// the first one's subject, not a name in the first one's object; in a
// relative clause ("people who left X and now assist Y") that subject is
// the relative pronoun's antecedent.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// coordVerbs are past-tense verbs of the readouts and statements that open
// a series of predicates sharing one subject.
var coordVerbs = set("expressed", "reaffirmed", "reiterated", "underscored", "highlighted", "emphasized", "stressed",
	"noted", "thanked", "praised", "welcomed", "commended", "congratulated", "discussed", "met", "visited",
	"announced", "pledged", "applauded", "lauded", "hailed", "acknowledged", "recognized", "affirmed", "conveyed", "raised")

// coordinatedSubject is the subject of a verb group starting at token start
// that follows ", " or "and" after an earlier predicate in its sentence
// whose verb (one of coordVerbs, or a past cue of the lexicon) has its
// subject named right before it: "X praised Y's response and congratulated
// Z": X. ok is false when start does not follow such a predicate.
func (d *doc) coordinatedSubject(start, sent int, pred string) ([]*entity, bool) {
	if start < 2 || d.toks[start-1].sent != sent {
		return nil, false
	}
	if c := d.toks[start-1].key; c != "and" && c != "," {
		return nil, false
	}
	for k := start - 2; k >= 1 && d.toks[k].sent == sent && k > start-40; k-- {
		t := d.toks[k]
		if t.key == "," {
			if j := d.parentheticalBefore(k); j >= 0 {
				k = j // "X, which Y designated in May, controls A and works with B": not the relative clause's verb
				continue
			}
		}
		if (t.key == "who" || t.key == "which" || t.key == "that") && d.toks[start-1].key == "and" && !d.inQuote[k] {
			// "sixty people who cut ties with X and are assisting Y": the
			// relative pronoun's antecedent, not X
			return d.relativeSubject(k+1, sent, pred)
		}
		if d.inQuote[k] || actorStop[t.key] || t.key == "who" || t.key == "which" || t.key == "that" || t.key == "whose" {
			return nil, false
		}
		if t.kind != tWord || t.cap || d.mentionAt(k) != nil || !strings.HasSuffix(t.key, "ed") && t.key != "met" && !tripVerbs[t.key] {
			continue
		}
		if !coordVerbs[t.key] && !hasVerbCue(t.key) && !tripVerbs[t.key] { // "X traveled to Y and met Z": X
			continue
		}
		g := d.verbGroup(k)
		if g.neg || g.modal || g.passive || g.infinitive || g.start < 1 {
			return nil, false
		}
		at := g.start
		if j := d.appositionBefore(at - 1); j >= 0 {
			at = j // "X, the commander of Y, visited Z and met with W": X
		}
		m := d.mentionAt(at - 1)
		if m == nil || m.e != at || m.ent == nil || m.attached {
			continue // a participle in the object ("efforts toward an expanded center"): go on left
		}
		if s := d.actorsLeft(at, sent, pred, sideSubj); len(s) > 0 {
			return append(s, d.joinedCompanions(k, start, sent, pred)...), true
		}
		return nil, false
	}
	return nil, false
}

// appositionBefore is the opening comma of a description set off between
// a person's name and the comma at c ("X, the commander of Y, visited"):
// a phrase opened by an article or a title word that names no person and
// holds no verb. -1 when there is none.
func (d *doc) appositionBefore(c int) int {
	if c < 3 || d.toks[c].key != "," {
		return -1
	}
	sent := d.toks[c].sent
	for j := c - 1; j > 0 && j > c-16 && d.toks[j].sent == sent; j-- {
		t := d.toks[j]
		if t.key == "," {
			if j+1 >= c || !determiners[d.toks[j+1].key] && !d.isTitleTok(j+1) {
				return -1
			}
			if m := d.mentionAt(j - 1); m == nil || m.e != j || m.ent == nil || m.ent.typ != schema.Person {
				return -1
			}
			return j
		}
		if m := d.mentionAt(j); m != nil && m.ent != nil && m.ent.typ == schema.Person {
			return -1
		}
		if t.kind == tWord && !t.cap && d.mentionAt(j) == nil && (strings.HasSuffix(t.key, "ed") || relAux[t.key] || actorStop[t.key]) {
			return -1
		}
	}
	return -1
}
