// The active step of verbRelation: the subjects before an active verb and
// its objects after it ("X met with Y", "A and B met").

package extract

import (
	"slices"

	"github.com/newsgraph/newsgraph/schema"
)

// activeSubjects returns the subjects of the active cue at [v, end),
// read from subjFrom in the verb group g: the actors before it, or those
// a relative, a coordination, a delegation, "our", an unnamed state, a
// charging document, a bare body or a court names; and the predicate,
// "sanctioned" for an office's sanctions action ("Today's action targets
// X").
func (d *doc) activeSubjects(v, subjFrom, end int, c relCue, g verbGroup, pred string) ([]*entity, string) {
	sent := d.toks[v].sent
	subjs := d.actorsLeft(subjFrom, sent, pred, sideSubj)
	if rel, ok := d.relativeSubject(subjFrom, sent, pred); ok {
		subjs = rel // "equipment that will assist X": no actor
	}
	if pred == "metWith" {
		subjs = append(subjs, d.subjectGroupLeaders(subjFrom, sent)...) // "The delegation, led by X, … met with"
	}
	if s, ok := d.reportedAnd(subjFrom, sent, pred); ok {
		subjs = s // "X said in a statement that … and accused Y of …": X
	} else if s, ok := d.coordinatedSubject(subjFrom, sent, pred); ok {
		subjs = s // "X praised Y's response and congratulated Z": X
	}
	if s, ok := d.delegationSubject(subjFrom); ok && pred == "metWith" {
		subjs = s // "A U.S. delegation traveled to Y. … The delegation also met with X"
	} else if len(subjs) == 0 && pred == "metWith" {
		if s, ok := d.groupSubject(subjFrom); ok {
			subjs = s // "In Panama, A, B and C received a briefing. They also met with X"
		}
	}
	if our := d.ourGovernor(g, subjs); our != nil {
		subjs = []*entity{our} // "X emphasized our commitment to working with Y": X's government
	}
	if us := d.unnamedStateActor(subjFrom, end, sent, pred); us != nil && (len(subjs) == 0 || pred != "designated") {
		subjs = us // "federal prosecutors charged X"
	}
	if len(subjs) == 0 && pred == "charged" {
		subjs = d.chargingDocument(subjFrom, end, sent) // "the indictment charges X"
	}
	if len(subjs) == 0 {
		if s := d.bareBodySubject(subjFrom, pred); s != nil {
			subjs = []*entity{s} // "The Department is also designating X": the act's actor before
		}
	}
	if len(subjs) == 0 && pred == "convicted" {
		subjs = d.courtActor(subjFrom, end, sent) // "The court sentenced X"
	} else if pred == "convicted" {
		subjs = d.reportCourts(subjs) // "the Asuncion Appeals Court sentenced X" in a report on Paraguay
	}
	if len(subjs) == 0 {
		if s := d.reportBodySubject(subjFrom, sent, pred); s != nil {
			subjs = []*entity{s} // "Paraguay 2021 Human Rights Report: … Police arrested X"
		}
	}
	if len(subjs) == 0 && pred == "deployedAgainst" && c.has(propSanctionsAction) && d.sanctionsActionSubject(subjFrom, sent) {
		if o := d.officeActor(); o != nil {
			subjs, pred = []*entity{o}, "sanctioned" // "Today's action targets X": the office's sanction
		}
	}
	return subjs, pred
}

// activeRelation reads the objects of the active cue at [v, end) and adds
// each subject's relation to each: the subjects with each other for a
// reciprocal cue (reciprocalRelation), the guests of a welcome, and the
// objects after the verb (meetingObjectStart, activeObjects), or the
// leaders of a delegation hosted.
func (d *doc) activeRelation(v, end int, c relCue, g verbGroup, subjFrom int, subjs []*entity, pred string, add func(*entity, string, *entity, int)) {
	sent := d.toks[v].sent
	if d.reciprocalRelation(v, end, c, g, subjs, pred, add) {
		return
	}
	for _, gst := range d.welcomedGuests(v, end, sent) {
		for _, s := range subjs {
			add(s, "metWith", gst, v) // "welcomed X to the White House"
		}
	}
	var led []*entity
	if pred == "metWith" {
		var ok bool
		if end, led, ok = d.meetingObjectStart(v, end, c, sent); !ok {
			return
		}
	}
	if directVerbs[d.toks[v].key] && led == nil && !d.directObject(end, sent, personMeetVerbs[d.toks[v].key]) &&
		(personMeetVerbs[d.toks[v].key] || !d.secondConjunct(end, sent)) {
		return
	}
	if pred == "metWith" && hostForms[d.toks[v].key] && d.hostsThing(end, sent) {
		return // "hosts foreign facilities focused on Y": a thing, no guest
	}
	objs := d.activeObjects(v, end, c, subjFrom, sent, pred)
	if pred == "leads" && (d.modifiesGroup(end, sent) || d.groupOfBodies(end, sent)) {
		return // "led a joint State and Justice delegation": the delegation
	}
	if pred == "leads" && d.possessedUnnamed(end, sent) {
		return // "who leads the agency's border unit": the unit, not the agency
	}
	if pred == "leads" && d.unitOfBody(end, sent) {
		return // "who heads the legal team at X": a part of X, not X
	}
	if pred == "leads" {
		if n := d.possessedLedBody(end, sent); n != nil {
			objs = []*entity{n} // "who heads X's Y Centre": the centre, not X
		}
	}
	if pred == "leads" && end < len(d.toks) && d.toks[end].key == "with" {
		return // "will co-lead with X's Deputy Director Y the delegation": X's people lead beside, not led
	}
	if led != nil {
		objs = led
	}
	if len(objs) > 0 && (pred == "designated" || pred == "sanctioned" || pred == "charged" || pred == "arrested" || pred == "extradited") {
		objs = append(objs, d.alongWith(end, sent, pred)...) // "designated X as …, alongside Y": Y too
	}
	for _, s := range subjs {
		for _, o := range objs {
			add(s, pred, o, v)
		}
	}
	if len(subjs) > 0 && c.has(propGuestsMeet) && len(objs) > 1 {
		d.guestsMeet(objs, pred, v, add) // "A hosted B and C": B met C
	}
}

// reciprocalRelation reads the cue at [v, end) whose subjects act with
// each other: a reciprocal cue ("A and B are working to …", "A and B
// spoke by telephone"), or a symmetric one with no object after it ("A
// and B met"). It reports whether the cue is read whole so, or names no
// partner ("X met in Lima, Peru": a place; "A and B joined the meeting").
func (d *doc) reciprocalRelation(v, end int, c relCue, g verbGroup, subjs []*entity, pred string, add func(*entity, string, *entity, int)) bool {
	sent := d.toks[v].sent
	if schema.SymmetricRelations[pred] && len(c.rest) > 0 && reciprocalEnds[c.rest[len(c.rest)-1]] &&
		!(end < len(d.toks) && d.toks[end].key == "with" && c.rest[len(c.rest)-1] != "to") {
		// a reciprocal cue: "A and B are working to …", "A and B spoke by
		// telephone", no object; "A spoke by telephone with B" names one
		eachPair(d.reciprocalStates(subjs, pred), func(a, b *entity) { add(a, pred, b, v) })
		return true
	}
	if pred == "metWith" && hostForms[d.toks[v].key] && d.hostsCount(end, sent) {
		return true // "A and B are hosting over 80 percent of the migrants": residents, no meeting
	}
	placeOnly := pred == "metWith" && len(c.rest) == 0 && d.metAtPlace(end, sent)
	if placeOnly && len(subjs) < 2 {
		return true // "X met in Lima, Peru": a place, not a partner
	}
	if pred == "metWith" && personMeetVerbs[d.toks[v].key] && (!d.objectFollows(end, sent, pred) || d.joinedCompany(v, end, sent)) {
		return true // "A and B joined the meeting": neither met the other; "A joined B and met with C": B is company
	}
	if schema.SymmetricRelations[pred] && len(subjs) > 1 && (placeOnly || !d.objectFollows(end, sent, pred) && d.metPeopleListed(end, sent) == nil &&
		len(d.meetListObjects(c, end, sent, pred)) == 0 && !d.unnamedGuestsFollow(c, end, sent)) {
		// "A and B met": each with each, unless they are the object of
		// a verb before them ("visited A and B this week and met …") or
		// met others unnamed ("met with members of X")
		if !d.objectOfVerb(subjs[len(subjs)-1], g.start, sent) {
			eachPair(d.reciprocalStates(subjs, pred), func(a, b *entity) { add(a, pred, b, v) })
		}
		return true
	}
	return false
}

// meetingObjectStart returns where the guests of the meeting cue at
// [v, end) start, past adjuncts and a place ("received yesterday in
// Mexico City X", "met today at the ministry with X") and past "a
// meeting of … with" (convenedWith); led, the leaders of a delegation
// hosted ("hosted a U.S. delegation led by A and B"); and ok false when
// the meeting has no guest named ("hosted the Andean Coast Guard Awards
// Ceremony", "convened a meeting of the cabinet on the border with X").
func (d *doc) meetingObjectStart(v, end int, c relCue, sent int) (int, []*entity, bool) {
	if directVerbs[d.toks[v].key] {
		end = d.afterAdjuncts(end, sent) // "received yesterday in Mexico City X"
	}
	if len(c.rest) == 0 {
		end = d.placeThenWith(end, sent) // "met today at the ministry with X": X, not the place
	}
	if d.eventModifierObject(end, sent) {
		return end, nil, false // "hosted the Andean Coast Guard Awards Ceremony": an event, no guest
	}
	led := d.delegationLeaders(end, sent) // "hosted a U.S. delegation led by A and B"
	if c.has(propGuestsAfterWith) {
		if end = d.convenedWith(end, sent); end < 0 {
			return end, led, false // "convened a meeting of the cabinet on the border with X"
		}
	}
	return end, led, true
}

// activeObjects returns the objects of the active cue at [v, end) in
// sentence sent: the actors after it, or the people of a group met, the
// members a list includes, a relative's antecedent, less a site visited
// or a thing welcomed; only governments for a cue that takes them, the
// possessor credited for one that takes that ("expressed gratitude for
// Peru's contributions"), none after a subordinate clause.
func (d *doc) activeObjects(v, end int, c relCue, subjFrom, sent int, pred string) []*entity {
	objs := d.actorsRight(end, sent, pred, sideObj)
	if pred == "metWith" {
		if listed := d.metPeopleListed(end, sent); len(listed) > 0 {
			objs = listed // "met with a group of senior Peruvian leaders, including A and B"
		}
		for _, p := range d.meetListObjects(c, end, sent, pred) {
			if !slices.Contains(objs, p) {
				objs = append(objs, p) // "met with Ambassador to the U.S., A; and Ambassador B" (relations_meetlist.go)
			}
		}
	}
	if len(objs) == 0 {
		objs = d.includedMembers(end, sent, pred) // "designated eight cartels …, including A and B"
	}
	if len(objs) == 0 {
		objs = d.relativeObject(subjFrom, end, sent, pred) // "X, which Washington designated as …"
	}
	objs = d.welcomedThings(v, objs)
	if pred == "metWith" && visitForms[d.toks[v].key] {
		objs = d.visitedSites(objs, end, sent) // "visited Chile's Santiago prison": a site, no host
	}
	if c.has(propGovernments) {
		objs = slices.DeleteFunc(objs, func(o *entity) bool { return o.typ != schema.Government })
	}
	if c.has(propPossessor) {
		objs = d.creditedState(end, sent) // "expressed gratitude for Peru's contributions": Peru
	}
	if len(objs) > 0 && d.subordinateBefore(end, objs[0], sent) {
		objs = nil // "the third fugitive apprehended since President X took office"
	}
	return objs
}
