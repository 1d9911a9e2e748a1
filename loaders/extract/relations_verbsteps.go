// The steps of verbRelation: what drops a verb cue, the verb group's mood,
// the passive, and the actors of a plea, of a passive, of an unnamed "we"
// and of an active verb.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// verbCueNoAct reports whether the verb cue at [v, end) is no act here: a
// noun ("head of", "a co-host country", "an ambush blamed on X"), a title
// ("Minister-designate X"), a state ("the designated terrorist
// organization X"), a noun faced ("to face charges"), or a sentence broken
// off after it.
func (d *doc) verbCueNoAct(v, end int, c relCue) bool {
	if len(c.rest) == 0 && !c.past && end < len(d.toks) && d.toks[end].key == "of" {
		return true // "X, head of DEA's New Orleans Division": a noun, read by the roles
	}
	if d.hyphenCompoundNoun(v) {
		return true // "as a co-host country": a noun
	}
	if d.pendingTitle(v) {
		return true // "Minister-designate X": a title, not the verb
	}
	if d.restartAfter(end) {
		return true // "to continue to support — for the victory of X …": broken off
	}
	if d.participleAdjective(v, c) {
		return true // "the designated terrorist organization X": a state, not an act of the subject
	}
	if d.facedNoun(v) {
		return true // "sent 50 suspects to face charges": a noun, read by facedCharges
	}
	if v > 0 && articles[d.toks[v-1].key] && d.toks[v-1].sent == d.toks[v].sent && !c.has(propNounAgent) {
		return true // "after an ambush blamed on X": a noun (a visit's noun still names who met: "during a visit by X")
	}
	return false
}

// verbMood reads the mood of the verb group g of the cue at [v, end): a
// tie no longer held ("who previously headed X"), a modal or an
// infinitive that is no act ("plans to arrest"), a planned act
// coordinated with a modal (g.modal is then set). It returns the
// predicate ("threatened" for an infinitive governed by a threat), where
// the actors are read from when not before the verb group (subjFrom, or
// -1: "traveled to X to meet with Y"), and ok false when the cue is no
// act or is read whole here ("I had the opportunity to meet with X").
func (d *doc) verbMood(v, end int, c relCue, g *verbGroup, add func(*entity, string, *entity, int)) (pred string, subjFrom int, ok bool) {
	pred = c.pred
	if (pred == "leads" || pred == "memberOf") && d.pastTie(g.start, v) {
		return "", -1, false // "who previously headed X": a tie no longer held
	}
	if !g.modal && !g.infinitive && d.coordinatedModal(v, c) {
		g.modal = true // "X will travel to Y … as well as meet with Z": planned too
	}
	subjFrom = -1 // where the actors are read from, if not before the verb group
	if g.infinitive && pred == "metWith" {
		subjFrom = d.tripBefore(g.start)
		if subjFrom < 0 {
			var sp *entity
			if subjFrom, sp = d.tookChance(g.start); sp != nil {
				for _, o := range d.actorsRight(end, d.toks[v].sent, pred, sideObj) {
					add(sp, pred, o, v) // "I had the opportunity to meet with X"
				}
				return "", -1, false
			}
		}
	}
	if g.infinitive && d.stepPredicate(g.start) {
		return "", -1, false // "today's decision at X is an important step to help Y": the decision's purpose, no actor's act
	}
	if g.infinitive && g.governorThreat && pred != "threatened" {
		pred = "threatened"
	} else if g.modal && (!standing[pred] || unassertedModals[g.modalWord]) {
		return "", -1, false
	} else if g.infinitive && subjFrom < 0 && !d.effortTo(pred, *g) && (relBlockers[g.governor] || !standing[pred] && !continuing[g.governor]) {
		return "", -1, false
	}
	return pred, subjFrom, true
}

// verbPassive reports whether the past cue at [v, end), in the verb
// group g, with the predicate pred, is read as a passive: a passive verb group or a participle
// with its agent ("X, indicted by the United States"), a participle after
// its noun ("gangs designated as …"), a participle coordinated with a
// passive ("X was arrested in Y and extradited"), a fronted one
// ("Designated as … by X, the Y cartel …"), or one in "Among those
// designated today is X", "The individuals sanctioned today include Y".
func (d *doc) verbPassive(v, end int, c relCue, g verbGroup, pred string) bool {
	passive := c.past && (g.passive || d.agentByAt(end) >= 0)
	if c.past && pred == "designated" && end < len(d.toks) && d.toks[end].key == "as" && g.start > 0 {
		// "gangs designated as …": a participle after its noun
		if p := d.toks[g.start-1]; p.kind == tWord && !p.cap && d.mentionAt(g.start-1) == nil && !relAux[p.key] {
			passive = true
		}
	}
	sent := d.toks[v].sent
	if c.past && !passive && !g.neg && !g.modal && !g.infinitive && g.start > 0 && d.toks[g.start-1].key == "and" && !finiteAux[d.toks[g.start].key] {
		_, passive = d.coordinatedPassiveSubject(g.start, sent, c.pred) // "X was arrested in Y and extradited"
	}
	if c.past && !passive && d.frontedPassive(g.start, end) {
		passive = true // "Designated as … by X, the Y cartel …"
	}
	if c.past && !passive && (d.amongThoseStart(g.start, sent) || d.includedHeadStart(g.start, end, sent)) {
		passive = true // "Among those designated today is X", "The individuals sanctioned today include Y"
	}
	if c.past && !passive && (pred == "arrested" || pred == "convicted" || pred == "charged") && g.start == v && v > 1 && d.toks[v-1].key == "," && end < len(d.toks) && reducedRelativeNext[d.toks[end].key] {
		if m := d.mentionAt(v - 2); m != nil && m.ent != nil && m.ent.typ == schema.Person {
			passive = true // "X, arrested in 2020 on charges of …": a reduced relative on X
		}
	}
	return passive
}

// reducedRelativeNext follow a participle that opens a reduced relative.
var reducedRelativeNext = set("in", "on", "by")

// passiveNoAct reports whether the passive cue at [v, end) is no act of
// an agent: a threat's object in the passive, a guest welcomed ("X was
// welcomed by Col. Y": hostedBy reads the meeting), or company ("X was
// joined by a delegation").
func (d *doc) passiveNoAct(v, end int, c relCue, g verbGroup, pred string, add func(*entity, string, *entity, int)) bool {
	if pred == "threatened" && c.pred != "threatened" {
		return true
	}
	if d.hostedBy(v, g.start, end, d.toks[v].sent, add) {
		return true // "X was welcomed by Col. Y": a meeting, no support
	}
	return personMeetVerbs[d.toks[v].key] // "X was joined by a delegation": company, not a meeting
}

// pleaRelation reads a conviction cue of more than one word at [v, end)
// ("pleaded guilty", "is serving a sentence"): the court or prosecutor
// convicted the person before it. "X pleaded guilty in a case brought by
// Y": Y convicted X; "X is serving a sentence in Y": Y's court did.
func (d *doc) pleaRelation(v, end int, c relCue, g verbGroup, pred string, add func(*entity, string, *entity, int)) {
	sent := d.toks[v].sent
	objs := d.dropAgents(d.actorsLeft(g.start, sent, pred, sideObj), g.start, sent)
	if len(objs) == 0 {
		objs = d.countedPeople(g.start, sent) // "… the X brothers. Both are serving sentences"
	}
	subjs := d.prosecutor(end, sent, pred)
	if subjs == nil && c.rest[len(c.rest)-1] == "guilty" {
		subjs, _ = d.courtPlace(end, sent) // "pleaded guilty in the District of Columbia"
		if subjs == nil {
			subjs = d.domesticPleaCourt() // "HOUSTON – X pleaded guilty today"
		}
		if subjs == nil {
			subjs = d.releaseProsecutor() // "The Justice Department announced … X pleaded guilty"
		}
	}
	if subjs == nil && c.rest[len(c.rest)-1] != "guilty" {
		subjs = d.courtCountry(end, sent) // "X is serving a sentence in Y"
		if g := d.prosecutingGov(); subjs == nil && g != nil {
			subjs = []*entity{g} // "the Justice Department's indictment … X is serving a sentence"
		}
		if rs := d.reportState(); subjs == nil && rs != nil {
			subjs = []*entity{rs} // "Peru 2022 … Report: … X is serving a 35-year sentence"
		}
	}
	for _, s := range subjs {
		for _, o := range objs {
			add(s, pred, o, v)
		}
	}
}

// unnamedSubjectRelation reads the cue at [v, end) whose subject is a
// pronoun naming no actor before the verb group g ("we", "I", "you"):
// an unnamed state's act ("I designated X as a Foreign Terrorist
// Organization"), or who met ("when we met"). It reports whether the
// subject was such a pronoun: the cue is then read whole.
func (d *doc) unnamedSubjectRelation(v, end int, c relCue, g verbGroup, pred string, add func(*entity, string, *entity, int)) bool {
	if g.start == 0 || !unresolvedSubjects[d.toks[g.start-1].key] || d.toks[g.start-1].key == "we" && pred != "metWith" && d.weGov(g.start-1) != nil {
		return false
	}
	if _, ok := d.groupSubject(g.start); ok && pred == "metWith" {
		return false // "A, B and C toured X. They also met with Y": the people listed
	}
	sent := d.toks[v].sent
	if us := d.unnamedStateActor(g.start, end, sent, pred); us != nil && d.toks[g.start-1].key != "you" {
		for _, o := range d.actorsRight(end, sent, pred, sideObj) {
			add(us[0], pred, o, v) // "I designated X as a Foreign Terrorist Organization"
		}
	}
	if pred == "metWith" && d.toks[g.start-1].key == "we" {
		if s, o := d.weMet(g.start-1, sent); s != nil {
			add(s, pred, o, v) // "As I told President X when we met"
		} else if len(c.rest) == 0 {
			d.authorsMet(g.start-1, add) // "Joint Statement by A and B … We met today": A met B
		} else {
			d.weMetStates(g.start-1, v, end, add) // "we have held a trilateral meeting with A and B"
		}
	}
	return true
}

// verbNounForm reports whether the active cue at v in the verb group g
// is a noun's: a gerund of purpose ("the importance of supporting X") or
// a participle after its noun ("personnel supporting X": the noun is the
// actor).
func (d *doc) verbNounForm(v int, g verbGroup, pred string) bool {
	if d.purposeGerund(v, d.toks[v].sent) {
		return true // "the importance of supporting X", "its objectives of harming Y and supporting X"
	}
	if g.start == v && v > 0 && strings.HasSuffix(d.toks[v].key, "ing") {
		// "personnel supporting X": the participle's noun is the actor
		if p := d.toks[v-1]; p.kind == tWord && !p.cap && d.mentionAt(v-1) == nil && !relAux[p.key] &&
			!continuing[p.key] && !ingPreps[p.key] && !strings.HasSuffix(p.key, "ly") && !(pred == "charged" && chargingDocs[p.key]) &&
			!(pred == "metWith" && d.spentOn(v-1)) {
			return true
		}
	}
	return false
}
