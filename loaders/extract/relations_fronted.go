package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// frontedPatients are the people a fronted passive phrase is about: its
// implicit subject is named in the main clause after the comma ("After
// years of being wrongfully detained in Peru, A and B returned home",
// "Today, after being held in Peru, we are bringing home A, B and C").
// The passive verb group starts at gs; nil when the phrase is not opened
// by "after" or "following" or no person follows.
func (d *doc) frontedPatients(gs, sent int, pred string) []*entity {
	open := -1
	for k := gs - 1; k >= 0 && d.toks[k].sent == sent && k >= gs-8; k-- {
		key := d.toks[k].key
		if key == "," || key == ";" || d.mentionAt(k) != nil {
			break
		}
		if key == "after" || key == "following" {
			open = k
			break
		}
	}
	if open < 0 {
		return nil
	}
	c := -1
	for k := gs; k < len(d.toks) && d.toks[k].sent == sent && k < gs+10; k++ {
		if d.toks[k].key == "," {
			c = k
			break
		}
	}
	if c < 0 {
		return nil
	}
	for k := c + 1; k < len(d.toks) && d.toks[k].sent == sent && k < c+8; k++ {
		m := d.mentionAt(k)
		if m == nil || m.ent == nil {
			continue
		}
		if m.ent.typ != schema.Person {
			return nil
		}
		return personsOnly(d.actorsRight(k, sent, pred, sideObj))
	}
	return nil
}

// isDash reports whether token k is a dash: an en or em dash, or a hyphen
// set off by a space on either side ("A -- approved by B --", "MIAMI - ",
// the dash a dateline ends with even glued to it, "Washington, D.C.-
// Today"), not a hyphen in a word ("U.S.-Mexico").
func (d *doc) isDash(k int) bool {
	switch d.toks[k].key {
	case "—", "–":
		return true
	case "-":
		return d.toks[k].space || k+1 < len(d.toks) && d.toks[k+1].space
	}
	return false
}

// dashOpen returns the dash opening the dash-delimited insertion that the
// dash at token k closes when the insertion is a clause ("A -- approved
// by B last year -- backs"), or -1; an insertion opening with a name is
// an apposition that may hold the actors ("two leaders – A and B – are
// in custody").
func (d *doc) dashOpen(k, sent int) int {
	if !d.isDash(k) {
		return -1
	}
	j := k - 1
	for j >= 0 && d.toks[j].sent == sent && d.toks[j].key == "-" && d.isDash(j) {
		j-- // the first "-" of "--"
	}
	for ; j >= 0 && d.toks[j].sent == sent && j >= k-20; j-- {
		if d.isDash(j) {
			open := j
			for open > 0 && d.toks[open-1].key == "-" && d.isDash(open-1) {
				open--
			}
			n := j + 1
			for n < k && d.toks[n].key == "-" {
				n++
			}
			if t := d.toks[n]; n >= k || t.kind != tWord || t.cap || d.mentionAt(n) != nil {
				return -1
			}
			return open
		}
	}
	return -1
}

// unnamedPersonBefore reports whether the object pronoun at token i
// refers to an unnamed person: no person is named before it in its
// sentence, and the sentence before opens with one ("The Salvadoran
// noncitizen entered the country in 2014. Police apprehended him").
func (d *doc) unnamedPersonBefore(i int) bool {
	sent, start := d.toks[i].sent, d.sentStart(i)
	if d.personBetween(start, i) { // relations_frontedpossessor.go
		return false
	}
	k := start - 1 // the last token of the sentence before
	if k < 0 {
		return false
	}
	s0 := d.sentStart(k)
	if d.toks[s0].sent != sent-1 || d.toks[s0].key != "the" && d.toks[s0].key != "this" {
		return false
	}
	for j := s0 + 1; j <= k && j <= s0+3; j++ {
		t := d.toks[j]
		if t.kind != tWord || d.at[j] != 0 && d.mentionAt(j).class != mDemonym {
			return false
		}
		if personKinds[t.key] || strings.HasSuffix(t.key, "citizen") {
			m := d.mentionAt(j + 1)
			return m == nil || m.ent == nil || m.ent.typ != schema.Person // not "The teenager X"
		}
	}
	return false
}

// frontedParticipleSubject returns the subject of the main clause when a
// past participle phrase with its agent opens the sentence ("Designated
// as a terrorist organization in February by X, the Y cartel is …",
// "Sanctioned by X in 2019, Z remains …"): the verb group starts the
// sentence, and the actor stands right after the comma that closes the
// phrase (over "the"); nil otherwise.
func (d *doc) frontedParticipleSubject(gs, by, sent int, pred string) []*entity {
	if !d.opensSentence(gs) {
		return nil
	}
	c := -1
	for k := by + 1; k < len(d.toks) && d.toks[k].sent == sent && k < by+14; k++ {
		if d.toks[k].key == "," {
			c = k
			break
		}
	}
	if c < 0 {
		return nil
	}
	a := c + 1
	if a < len(d.toks) && d.toks[a].key == "the" {
		a++
	}
	m := d.mentionAt(a)
	if m == nil || m.s != a || m.ent == nil || !typeOK(pred, sideObj, m.ent.typ) {
		return nil
	}
	return []*entity{m.ent}
}

// opensSentence reports whether token k opens its sentence (after a
// dateline or a list dash).
func (d *doc) opensSentence(k int) bool {
	return k == 0 || d.toks[k-1].sent != d.toks[k].sent || d.inDateline(k-1)
}

// frontedPassive reports whether the past participle whose verb group
// starts at gs and whose cue ends at end opens its sentence and has its
// agent before the comma that closes the phrase ("Designated as a
// terrorist organization in February by X, …").
func (d *doc) frontedPassive(gs, end int) bool {
	if !d.opensSentence(gs) {
		return false
	}
	sent := d.toks[gs].sent
	for k := end; k < len(d.toks) && d.toks[k].sent == sent && k < end+12; k++ {
		switch d.toks[k].key {
		case "by":
			return true
		case ",", ";", ":":
			return false
		}
	}
	return false
}
