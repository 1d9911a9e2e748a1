// The passive step of verbRelation: the patients before a passive verb
// and its agents after it ("X was indicted by Y"), or the body that acts
// when no agent is named ("X was sentenced in federal court").

package extract

import "slices"

// passiveRelation reads the passive cue at [v, end) in the verb group g:
// its objects (passiveObjects), the "by" of its agent (passiveAgentBy)
// and its subjects (passiveSubjects), each subject with each object.
func (d *doc) passiveRelation(v, end int, g verbGroup, pred string, add func(*entity, string, *entity, int)) {
	sent := d.toks[v].sent
	if !g.passive && d.unnamedPluralHead(g.start, sent) && (agreementAct(pred) || !d.sentenceHas(end, []string{"such", "including"})) {
		return // "as local criminal organizations backed by X continue": unnamed; "… and other treaties ratified by X, including …": no agreement named
	}
	if pred == "leads" && g.start > 0 && d.toks[g.start-1].key == "delegation" {
		return // "as part of a U.S. delegation led by X": X leads the delegation, no body named before it
	}
	objs, included := d.passiveObjects(end, g, sent, pred)
	by := d.passiveAgentBy(end, sent, pred)
	subjs, objs := d.passiveSubjects(v, end, g, sent, pred, by, objs, included)
	for _, s := range subjs {
		for _, o := range objs {
			add(s, pred, o, v)
		}
	}
}

// passiveObjects returns the patients of the passive cue ending at end in
// the verb group g, in sentence sent: the actors before the verb group,
// or those a relative, a coordination, "Among those designated today is
// X", "The individuals sanctioned today include X" or a lead person
// names; included is true when they are the objects of "include".
func (d *doc) passiveObjects(end int, g verbGroup, sent int, pred string) (objs []*entity, included bool) {
	// caseAct: an act of a criminal case, which falls on a person named near it
	caseAct := pred == "extradited" || pred == "arrested" || pred == "charged" || pred == "convicted"
	objs = d.actorsLeft(g.start, sent, pred, sideObj)
	if pred == "metWith" && d.eventModifierSubject(g.start, sent) {
		objs = nil // "an X gang enforcement meeting, hosted by Y": the meeting was hosted, not X
	}
	if pred == "metWith" {
		objs = d.ledStateDelegation(objs, g.start, sent) // "A led the U.S. delegation in a meeting hosted by B": A
	}
	if len(objs) > 0 && d.reportedClauseBetween(objs[0], g.start, sent) {
		objs = nil // "X announced that a member of Y was extradited": not X
	}
	if a := d.adjunctPatient(g.start, sent, pred); a != nil && caseAct {
		objs = a // "A appeared before Judge B, after being extradited": A (relations_longrelative.go)
	}
	if p, ok := d.appositionPatient(g.start, sent); ok && caseAct && (p == nil || !slices.Contains(objs, p)) {
		objs = nil // "X, mother of prisoner Y, was detained": X, not Y
		if p != nil {
			objs = []*entity{p}
		}
	}
	if s, ok := d.coordinatedPassiveSubject(g.start, sent, pred); ok {
		objs = s // "X was arrested in May and is charged with …": X
	}
	if len(objs) == 0 && d.amongThoseStart(g.start, sent) {
		objs = d.amongThoseObjects(end, sent, pred) // "Among those designated today is X"
	}
	included = len(objs) == 0 && (pred == "designated" || pred == "sanctioned") && d.includedHeadStart(g.start, end, sent)
	if included {
		objs = d.includedObjects(end, sent, pred) // "The individuals sanctioned today include X"
	}
	if len(objs) == 0 && caseAct {
		if p := d.leadPatient(g.start, sent); p != nil {
			objs = []*entity{p} // "a member of X has been extradited … Y, 40, arrived": Y
		} else if objs = d.countedPeople(g.start, sent); len(objs) == 0 {
			objs = d.countedLeadPeople(g.start, sent) // "Three X nationals were extradited … The nationals include A, B and C"
		}
	}
	if len(objs) > 0 && caseAct {
		objs = append(objs, d.alongWith(end, sent, pred)...) // "… along with Y": Y too
	}
	return objs, included
}

// passiveAgentBy returns the "by" that names the agent of the passive cue
// ending at end, within ten words of it in sentence sent, or -1: none, a
// "by" that names no agent ("for being owned or controlled by Y"), or a
// document ("charged by criminal complaint").
func (d *doc) passiveAgentBy(end, sent int, pred string) int {
	by := -1
	for k := end; k < len(d.toks) && d.toks[k].sent == sent && k < end+10; k++ {
		if d.toks[k].key == "by" {
			if k == d.agentByAt(end) || d.agentBy(k) {
				by = k
			}
			break // "for being owned or controlled by Y": Y is no agent
		}
		if d.toks[k].key == ";" || d.toks[k].key == "." {
			break
		}
	}
	if by >= 0 && pred == "charged" && d.documentAgent(by) {
		by = -1 // "charged by criminal complaint": no agent named
	}
	return by
}

// passiveSubjects returns the agents of the passive cue at [v, end): those
// after by, or, with no agent named, the body that acts by the predicate
// (a prosecutor or court, the state holding or sending a person, the
// office designating or sanctioning), with the objects objs completed
// where the agent reads them ("Designated … by X, the Y cartel …",
// "cartels designated as FTOs, such as A and B"). No subject is returned
// for a designation no state is read for.
func (d *doc) passiveSubjects(v, end int, g verbGroup, sent int, pred string, by int, objs []*entity, included bool) ([]*entity, []*entity) {
	var subjs []*entity
	if by >= 0 {
		subjs = d.actorsRight(by+1, sent, pred, sideSubj)
		if len(objs) == 0 {
			objs = d.frontedParticipleSubject(g.start, by, sent, pred) // "Designated … by X, the Y cartel …"
		}
		if len(subjs) == 0 && (pred == "convicted" || pred == "charged") {
			subjs = d.prosecutor(end, sent, pred) // "charged in an indictment returned by a federal grand jury"
		}
		if len(subjs) == 0 && pred == "convicted" {
			subjs = d.agentCourt(by, sent) // "sentenced by a Colombian judge"
		}
		if s := d.secretaryAgent(by, sent); len(subjs) == 0 && pred == "designated" && s != nil {
			subjs = []*entity{s} // "named as a Foreign Terrorist Organization by the Secretary of State"
		}
	} else if pred == "convicted" || pred == "charged" {
		subjs = d.prosecutor(end, sent, pred) // "was sentenced in federal court"
		if subjs == nil && pred == "charged" {
			subjs = d.chargingDistrict(end, sent) // "was charged in the Western District of Texas"
		}
		if subjs == nil && pred == "charged" {
			subjs = d.leadProsecutor(v) // "The Public Ministry continued … A and B were charged in this case"
		}
		if subjs == nil {
			subjs = d.courtCountry(end, sent) // "who has been indicted for drug trafficking"
		}
		if subjs == nil && pred == "charged" {
			if g := d.prosecutingGov(); g != nil {
				subjs = []*entity{g} // "The Justice Department announced charges … X was indicted"
			}
		}
		if subjs == nil {
			subjs = d.releaseProsecutor() // "The Justice Department announced … X was sentenced", "… X, 39, was indicted"
		}
		if g := d.reportState(); subjs == nil && g != nil {
			subjs = []*entity{g} // "Paraguay 2021 Human Rights Report: … X was convicted"
		}
	} else if pred == "arrested" {
		subjs = d.placeHolder(end, sent) // "X, who is detained in Russia"
		if g := d.reportState(); subjs == nil && g != nil {
			subjs = []*entity{g} // "Paraguay 2021 Human Rights Report: … X was arrested"
		}
		if len(objs) == 0 && len(subjs) > 0 {
			objs = d.frontedPatients(g.start, sent, pred) // "After being detained in Peru, A returned"
		}
	} else if pred == "sanctioned" && included {
		if o := d.includedActor(); o != nil {
			subjs = []*entity{o} // "The individuals sanctioned today include X"
		}
	} else if pred == "sanctioned" && d.amongThoseStart(g.start, sent) {
		if o := d.officeActor(); o != nil {
			subjs = []*entity{o} // "Among those sanctioned are X and Y"
		}
	} else if pred == "extradited" {
		subjs = d.sendingGov(end, sent) // "X was extradited from Mexico"
		if subjs == nil && len(objs) == 1 {
			subjs = d.passiveSender(objs[0], g.start, sent) // "Colombian national X was extradited"
		}
		if subjs == nil {
			for _, o := range objs {
				d.unsent = append(d.unsent, meeting{b: o, at: v}) // for arrestSenders
			}
		}
	} else if pred == "designated" {
		// "designated as a Foreign Terrorist Organization": a
		// designation in United States law; its list may follow
		// ("cartels designated as FTOs, such as A and B")
		us, list := d.usDesignation(end, sent)
		if us == nil {
			us = d.officeDesignator(end, sent) // "X was designated pursuant to E.O. 14059"
		}
		if us == nil && included {
			us = d.includedActor() // "The individuals designated today include X"
		}
		if us == nil && d.amongThoseStart(g.start, sent) {
			us = d.officeActor() // "Among those designated today is X"
		}
		if us == nil {
			return nil, objs
		}
		subjs = []*entity{us}
		if list >= 0 {
			objs = append(objs, d.actorsRight(list, sent, pred, sideObj)...)
		}
	}
	return subjs, objs
}
