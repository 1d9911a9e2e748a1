package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// actRefs open a noun cue that refers back to an act the text has just
// reported: "Today's designations of X", "these sanctions on Y".
var actRefs = set("today's", "today", "these", "this", "such")

// actBefore returns the actor of an act referred back to by the noun cue
// at token n ("As part of this effort, OFAC is designating four cartel
// members. Today's designations of A, B and C …"): the subject of the
// last verb of the same relation in this sentence or the twelve before
// it, when a back-referring word opens the noun phrase; else nil.
func (d *doc) actBefore(n, sent int, pred string) []*entity {
	j := n - 1
	if j >= 0 && d.toks[j].key == "'s" {
		j-- // "today 's"
	}
	if j < 0 || d.toks[j].sent != sent || !actRefs[d.toks[j].key] {
		return nil
	}
	for k := j - 1; k >= 0 && d.toks[k].sent >= sent-12; k-- {
		cues, ok := relCues[d.toks[k].key]
		if !ok || d.inQuote[k] || cues[0].noun || cues[0].pred != pred || d.mentionAt(k) != nil {
			continue
		}
		g := d.verbGroup(k)
		if g.neg || g.modal || g.infinitive || g.passive && !strings.HasSuffix(d.toks[k].key, "ing") {
			return nil // "is designating": progressive, not passive
		}
		// the acting office, not also the body that owns it ("the
		// Treasury's OFAC is designating"): the back-reference names one act
		actors := d.actorsLeft(g.start, d.toks[k].sent, pred, sideSubj)
		var out []*entity
		for _, a := range actors {
			owner := false
			for _, b := range actors {
				owner = owner || b.parent == a
			}
			if !owner {
				out = append(out, a)
			}
		}
		return out
	}
	return nil
}

// sanctionsOffices are the acronyms of offices whose designations are
// sanctions (blocking property, barring transactions), not terrorist
// listings: the US Treasury's OFAC.
var sanctionsOffices = lexWords.set("sanctionsOffices")

// officeListing reports whether the text has the sanctions office s
// designate or sanction someone "as" a listed kind ("the office designated
// three men as Specially Designated Narcotics Traffickers", "sanctioned X
// as a Specially Designated Global Terrorist"): its designations in the
// text are then listings as well as sanctions.
func (d *doc) officeListing(s *entity) bool {
	if d.kingpinAct() {
		return true
	}
	for i, t := range d.toks {
		if t.key != "as" || d.inQuote[i] || !d.listingAfter(i, t.sent) {
			continue
		}
		verb := false
		for j := i - 1; j >= 0 && j >= i-30 && d.toks[j].sent == t.sent && !actorStop[d.toks[j].key]; j-- {
			verb = verb || d.designatingVerbAt(j)
			if m := d.mentionAt(j); verb && m != nil && m.ent == s {
				return true
			}
		}
	}
	return false
}

// kingpinAct reports whether the text names the Kingpin Act outside
// quotations ("under the Foreign Narcotics Kingpin Designation Act"): a
// sanctions office's designations under it list kingpins as well as
// sanction them.
func (d *doc) kingpinAct() bool {
	for i := 0; i+1 < len(d.toks); i++ {
		if d.toks[i].key != "kingpin" || !d.toks[i].cap || d.inQuote[i] {
			continue
		}
		if n := d.toks[i+1].key; n == "act" || n == "designation" && i+2 < len(d.toks) && d.toks[i+2].key == "act" {
			return true
		}
	}
	return false
}

// listingAfter reports whether the words after "as" at token k name a
// listed kind: a capitalised "Designated", "Terrorist…" or "Kingpin…"
// within the next few words ("as a Specially Designated Global
// Terrorist", "as Foreign Terrorist Organizations").
func (d *doc) listingAfter(k, sent int) bool {
	for j := k + 1; j < len(d.toks) && d.toks[j].sent == sent && j <= k+4; j++ {
		t := d.toks[j]
		if t.key == "a" || t.key == "an" {
			continue
		}
		if !t.cap {
			return false
		}
		if t.key == "designated" || strings.HasPrefix(t.key, "terrorist") || strings.HasPrefix(t.key, "kingpin") {
			return true
		}
	}
	return false
}

// sanctionsOffice reports whether e is known by an acronym of
// sanctionsOffices.
func sanctionsOffice(e *entity) bool {
	if sanctionsOffices[fold(e.name)] {
		return true
	}
	for _, a := range e.aliases {
		if sanctionsOffices[fold(a)] {
			return true
		}
	}
	return false
}

// custodies reads "X and Y are in U.S. custody", "X is now in the
// custody of the Peruvian police": the holder arrested them.
func (d *doc) custodies(add func(*entity, string, *entity, int)) {
	for c := 2; c < len(d.toks); c++ {
		if d.toks[c].key != "custody" || d.inQuote[c] {
			continue
		}
		sent := d.toks[c].sent
		var holders []*entity
		in := -1
		if m := d.mentionAt(c - 1); m != nil && m.s >= 1 && d.toks[m.s-1].key == "in" {
			// "in U.S. custody"
			if g := d.govOf(m); g != nil {
				holders = []*entity{g}
			} else if m.ent != nil && m.ent.typ == schema.Agency {
				holders = []*entity{m.ent}
			}
			in = m.s - 1
		} else if d.toks[c-1].key == "the" && d.toks[c-2].key == "in" && c+1 < len(d.toks) && d.toks[c+1].key == "of" {
			// "in the custody of the Peruvian police"
			holders = d.actorsRight(c+2, sent, "arrested", sideSubj)
			in = c - 2
		}
		if len(holders) == 0 || in < 1 || !beForms[d.toks[in-1].key] && !(in >= 2 && beForms[d.toks[in-2].key]) {
			continue // "are (now) in …": a state the subject is in
		}
		g := d.verbGroup(in) // "is (not) in": the copula's group
		if g.neg || g.modal || d.hypothetical(in) {
			continue
		}
		for _, h := range holders {
			for _, p := range d.actorsLeft(g.start, sent, "arrested", sideObj) {
				add(h, "arrested", p, c)
			}
		}
	}
}
