package extract

import "github.com/newsgraph/newsgraph/schema"

// A release announcing a state's act often names, in a sentence of its
// own, the bodies the act was carried out with, referring to the act as
// "the action" or "today's designations": "The action was taken in close
// coordination with A and B", "This action was coordinated with A",
// "Today's action is the culmination of a coordinated investigation by A,
// B and C", "X coordinated this action with A, as well as partners,
// including B and C". The actor of the act (the subject of the first act
// the article reports after its headline) cooperates with each body named;
// the bodies listed do not thereby cooperate with one another, and a body
// listed as a part of a state named before it ("the Government of X,
// including its financial intelligence unit") is that state's part, not
// another partner.

// actionNouns name the article's own act when "the", "this", "these" or
// "today's" determines them.
var actionNouns = set("action", "actions", "designation", "designations")

// actionActs are the acts a release's "action" refers to.
var actionActs = set("sanctioned", "designated", "charged", "arrested", "extradited", "seized")

// coordNouns state a joint act before "with": "in (close) coordination with".
var coordNouns = set("coordination", "cooperation", "partnership", "collaboration", "conjunction", "coordinated")

// jointMods describe a joint inquiry whose authors follow "by": "a
// coordinated investigation by A and B".
var jointMods = set("coordinated", "joint", "collaborative", "multi-agency", "multiagency", "interagency")

// actionSubject returns the token after an action noun opening sentence
// sent ("Today's action", "This action", "The designations"), or -1.
func (d *doc) actionSubject(first int) int {
	k := first
	switch {
	case k+1 < len(d.toks) && d.toks[k].key == "today" && d.toks[k+1].key == "'s":
		k += 2
	case d.toks[k].key == "the" || d.toks[k].key == "this" || d.toks[k].key == "these":
		k++
	default:
		return -1
	}
	if k < len(d.toks) && d.toks[k].sent == d.toks[first].sent && actionNouns[d.toks[k].key] {
		return k + 1
	}
	return -1
}

// actionPartnersFrom returns the token that opens the list of partners in
// the sentence of an action noun ending before token from: after "in
// (close) coordination with", "coordinated with", or "a coordinated
// investigation by"; or -1.
func (d *doc) actionPartnersFrom(from int) int {
	if from >= len(d.toks) {
		return -1
	}
	sent := d.toks[from].sent
	for k := from; k < len(d.toks) && d.toks[k].sent == sent && k < from+12; k++ {
		if d.mentionAt(k) != nil {
			return -1 // "this action targets X": no partners stated first
		}
		key := d.toks[k].key
		if key == "with" && k > from && (coordNouns[d.toks[k-1].key] || d.toks[k-1].key == "closely" && k-1 > from && coordNouns[d.toks[k-2].key]) {
			return k + 1
		}
		if key == "by" && k > from+1 && jointMods[d.toks[k-2].key] {
			return k + 1
		}
	}
	return -1
}

// actionPartnerList reads the bodies from token i to the end of its
// sentence: the states and bodies named, over descriptions ("as well as
// U.S. Government partners, including"), without a possessor before its
// body ("Colombia's National Police": the police), a name modifying a
// noun ("U.S. Government partners"), or a part of a state already listed.
func (d *doc) actionPartnerList(i int) []*entity {
	sent := d.toks[i].sent
	var out []*entity
	for k := i; k < len(d.toks) && d.toks[k].sent == sent; k++ {
		if key := d.toks[k].key; key == ";" || key == ":" || d.inQuote[k] {
			break
		}
		m := d.mentionAt(k)
		if m == nil || m.s != k {
			continue
		}
		k = m.e - 1
		e := m.ent
		if e == nil || e.typ != schema.Government && e.typ != schema.Agency && e.typ != schema.Organization || m.attached {
			continue
		}
		if n := d.mentionAt(m.e + 1); m.e < len(d.toks) && d.toks[m.e].key == "'s" && n != nil {
			continue // "Colombia's National Police": the police
		}
		if m.e < len(d.toks) && d.toks[m.e].kind == tWord && d.toks[m.e].sent == sent && !relConj[d.toks[m.e].key] && d.toks[m.e].key != "'s" {
			continue // "U.S. Government partners": a modifier
		}
		var owner *entity // "Mexico's Financial Intelligence Unit": Mexico's part
		if m.s >= 2 && d.toks[m.s-1].key == "'s" {
			if pm := d.mentionAt(m.s - 2); pm != nil {
				owner = pm.ent
			}
		}
		part := false
		for _, o := range out {
			if owner != nil && o == owner {
				part = true
			}
			if o == e || e.parent == o || o.typ == schema.Government && e.country != "" && fold(e.country) == fold(o.name) {
				part = true
			}
		}
		if !part {
			out = append(out, e)
		}
	}
	return out
}

// articleActor is the state or body that does the first act the article
// reports after its headline ("Today, Treasury's OFAC sanctioned …":
// OFAC), or nil.
func (d *doc) articleActor(before int) *entity {
	for v := 0; v < before; v++ {
		if d.toks[v].para == 0 && d.toks[before].para > 0 || d.inQuote[v] {
			continue
		}
		cues, ok := relCues[d.toks[v].key]
		if !ok || cues[0].noun || !actionActs[cues[0].pred] || d.mentionAt(v) != nil {
			continue
		}
		g := d.verbGroup(v)
		if g.neg || g.modal || g.infinitive || g.passive {
			continue
		}
		for _, s := range d.actorsLeft(g.start, d.toks[v].sent, cues[0].pred, sideSubj) {
			if s.typ == schema.Government || s.typ == schema.Agency {
				return s
			}
		}
	}
	return nil
}

// actionCoordinationVerb returns the subject and the partners' start of
// "X coordinated this action with A": a coordination verb whose object is
// an action noun; the subject is nil when none is named before the verb.
func (d *doc) actionCoordinationVerb(v int) (subj *entity, from int) {
	k := v + 1
	if k+1 < len(d.toks) && (d.toks[k].key == "this" || d.toks[k].key == "these" || d.toks[k].key == "the") {
		k++
	} else if k+2 < len(d.toks) && d.toks[k].key == "today" && d.toks[k+1].key == "'s" {
		k += 2
	} else {
		return nil, -1
	}
	if k+1 >= len(d.toks) || !actionNouns[d.toks[k].key] || d.toks[k+1].key != "with" {
		return nil, -1
	}
	g := d.verbGroup(v)
	if g.neg || g.modal || g.infinitive {
		return nil, -1
	}
	for _, s := range d.actorsLeft(g.start, d.toks[v].sent, "cooperatesWith", sideSubj) {
		if s.typ == schema.Government || s.typ == schema.Agency {
			return s, k + 2
		}
	}
	return nil, k + 2
}

// actionPartners reads the partners of the article's act (see above).
func (d *doc) actionPartners(add func(*entity, string, *entity, int)) {
	for i := 0; i < len(d.toks); i++ {
		if d.inQuote[i] {
			continue
		}
		var actor *entity
		from := -1
		if i == 0 || d.toks[i-1].sent != d.toks[i].sent {
			if s := d.actionSubject(i); s >= 0 {
				from = d.actionPartnersFrom(s)
			}
		}
		if from < 0 && (d.toks[i].key == "coordinated" || d.toks[i].key == "coordinates") {
			actor, from = d.actionCoordinationVerb(i)
		}
		if from < 0 || from >= len(d.toks) {
			continue
		}
		if actor == nil {
			actor = d.articleActor(i)
		}
		if actor == nil {
			continue
		}
		for _, p := range d.actionPartnerList(from) {
			if p != actor && p.parent != actor && actor.parent != p && !ownAgency(p, actor) && !ownAgency(actor, p) {
				add(actor, "cooperatesWith", p, i)
			}
		}
	}
}

// actionPartnersSentence reports whether token i is in a sentence that an
// action noun opens: its joint inquiry's authors are the act's partners,
// not partners of one another.
func (d *doc) actionPartnersSentence(i int) bool {
	return d.actionSubject(d.sentStart(i)) >= 0
}
