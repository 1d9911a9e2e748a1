package extract

import "strings"

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
