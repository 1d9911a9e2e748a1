// Verb cues: the verb group (negation, modality, tense) and the checks on
// what follows a verb before its actors are read.

package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// relBlockers govern an infinitive that is not the act: "plans to arrest".
var relBlockers = set("plan", "plans", "planned", "planning", "intend", "intends", "intended", "seek", "seeks",
	"sought", "seeking", "want", "wants", "wanted", "hope", "hopes", "hoped", "aim", "aims", "aimed", "propose",
	"proposes", "proposed", "vow", "vowed", "vows", "pledge", "pledged", "pledges", "promise", "promised",
	"promises", "agree", "agreed", "agrees", "refuse", "refused", "refuses", "decline", "declined", "fail",
	"failed", "ask", "asked", "urge", "urged", "urges", "expect", "expected", "try", "tried", "trying", "set",
	"going", "about", "able", "unable", "ready", "willing", "likely", "would", "could", "called", "call",
	"demand", "demanded", "order", "ordered", "authorized", "authorised", "move", "moved", "threat", "effort",
	"efforts", "bid", "attempt", "attempted", "possibility", "decision", "order", "ready")

// relModals make a verb hypothetical or future: not the act.
var relModals = set("would", "could", "may", "might", "should", "must", "shall", "will", "can", "'ll", "wo", "ca")

// relNegs negate a verb, also as a contracted auxiliary, which the
// tokenizer keeps as one word ("didn't", "won't").
var relNegs = set("not", "n't", "never", "no", "cannot", "don't", "doesn't", "didn't", "won't", "can't",
	"hasn't", "haven't", "hadn't", "isn't", "aren't", "wasn't", "weren't", "wouldn't", "couldn't", "shouldn't")

// contractedAux are the auxiliaries written as a contraction after a
// pronoun and an apostrophe ("we've", "they're"; splitContraction), each
// with what it says of the verb group: "have" adds nothing, "be" is a
// be-form.
var contractedAux = map[string]string{"ve": "have", "re": "be"}

// relAux are the words that may stand between a subject and its verb.
var relAux = set("was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "did", "does", "do",
	"also", "likewise", "jointly", "reportedly", "allegedly", "recently", "already", "formally", "officially",
	"successfully", "publicly", "today", "yesterday", "previously", "later", "then", "since", "again",
	"both", "all", "each", "together", "now", "still", "just", "first", "once", "subsequently", "ultimately")

var beForms = set("was", "were", "is", "are", "be", "been", "being")

// verbGroup reads the words before the verb at v: whether it is negated
// or modal, passive, an infinitive (and the word governing it), and where
// the group starts.
type verbGroup struct {
	start          int
	neg, modal     bool
	passive        bool
	infinitive     bool
	governor       string
	governorThreat bool
	modalWord      string // the modal, when modal: "would", "will"
}

func (d *doc) verbGroup(v int) verbGroup {
	if t := d.infinitiveBeforeAnd(v); t >= 0 {
		return d.verbGroup(t + 1) // "to counter trafficking worldwide and work with X": the first infinitive's group
	}
	g := verbGroup{start: v}
	sent := d.toks[v].sent
	for k := v - 1; k >= 0 && d.toks[k].sent == sent && k >= v-6; k-- {
		key := d.toks[k].key
		switch {
		case key == "and" && k >= 2 && d.toks[k-2].key == "to" && d.toks[k-1].kind == tWord && !d.toks[k-1].cap && d.mentionAt(k-1) == nil:
			k-- // "to identify and disrupt X": the infinitive's "to"
		case contractedAux[key] != "" && k > 0 && d.toks[k-1].key == "'" && !d.toks[k].space:
			// "we've worked", "they're working": the auxiliary after an apostrophe
			if contractedAux[key] == "be" {
				g.passive = true
			}
			k--
		case relNegs[key]:
			g.neg = true
		case d.isModal(k):
			g.modal = true
			g.modalWord = key
		case beForms[key]:
			g.passive = true
		case key == "to":
			g.infinitive = true
			// the governor: the word before "to", over adverbs
			j := k - 1
			for j >= 0 && (relAux[d.toks[j].key] || strings.HasSuffix(d.toks[j].key, "ly")) {
				j--
			}
			if j >= 0 {
				g.governor = d.toks[j].key
				if c, ok := relCues[g.governor]; ok && c[0].pred == "threatened" || strings.HasPrefix(g.governor, "threat") {
					g.governorThreat = true
				}
				// "did not want to", "would like to", "don't have to" (the
				// auxiliary skipped, the negation is the governor's word)
				for n := j; n >= 0 && n >= j-3; n-- {
					if relNegs[d.toks[n].key] {
						g.neg = true
					}
					if d.isModal(n) {
						g.modal = true
						g.modalWord = d.toks[n].key
					}
				}
			}
			g.start = k
			return g
		case relAux[key] || d.toks[k].kind == tWord && !d.toks[k].cap && strings.HasSuffix(key, "ly") && len(key) > 4:
		default:
			return g
		}
		g.start = k
	}
	return g
}

// verbRelation reads the actors of the verb cue at [v, end).
func (d *doc) verbRelation(v, end int, c relCue, add func(*entity, string, *entity, int)) {
	pred := c.pred
	add = cueActors(c, add) // "fight [groups]": armed groups at war
	if len(c.rest) == 0 && !c.past && end < len(d.toks) && d.toks[end].key == "of" {
		return // "X, head of DEA's New Orleans Division": a noun, read by the roles
	}
	if d.hyphenCompoundNoun(v) {
		return // "as a co-host country": a noun
	}
	if d.pendingTitle(v) {
		return // "Minister-designate X": a title, not the verb
	}
	if d.restartAfter(end) {
		return // "to continue to support — for the victory of X …": broken off
	}
	if d.participleAdjective(v, c) {
		return // "the designated terrorist organization X": a state, not an act of the subject
	}
	if d.facedNoun(v) {
		return // "sent 50 suspects to face charges": a noun, read by facedCharges
	}
	if v > 0 && articles[d.toks[v-1].key] && d.toks[v-1].sent == d.toks[v].sent && !c.has(propNounAgent) {
		return // "after an ambush blamed on X": a noun (a visit's noun still names who met: "during a visit by X")
	}
	g := d.verbGroup(v)
	if !d.cueHolds(v, end, c, g) {
		return // "warn [object-named]": "warned that X would respond" warns no one named
	}
	end = d.cueObject(v, end, c) // "blame [object-after-on]": "blamed the rise in extortion on X": X
	if g.neg || d.adverbBack(v) {
		return
	}
	if (pred == "leads" || pred == "memberOf") && d.pastTie(g.start, v) {
		return // "who previously headed X": a tie no longer held
	}
	if !g.modal && !g.infinitive && d.coordinatedModal(v, c) {
		g.modal = true // "X will travel to Y … as well as meet with Z": planned too
	}
	subjFrom := -1 // where the actors are read from, if not before the verb group
	if g.infinitive && pred == "metWith" {
		subjFrom = d.tripBefore(g.start)
		if subjFrom < 0 {
			var sp *entity
			if subjFrom, sp = d.tookChance(g.start); sp != nil {
				for _, o := range d.actorsRight(end, d.toks[v].sent, pred, sideObj) {
					add(sp, pred, o, v) // "I had the opportunity to meet with X"
				}
				return
			}
		}
	}
	if g.infinitive && d.stepPredicate(g.start) {
		return // "today's decision at X is an important step to help Y": the decision's purpose, no actor's act
	}
	if g.infinitive && g.governorThreat && pred != "threatened" {
		pred = "threatened"
	} else if g.modal && (!standing[pred] || unassertedModals[g.modalWord]) {
		return
	} else if g.infinitive && subjFrom < 0 && !d.effortTo(pred, g) && (relBlockers[g.governor] || !standing[pred] && !continuing[g.governor]) {
		return
	}
	// "X, indicted by the United States": a participle with its agent
	passive := c.past && (g.passive || d.agentByAt(end) >= 0)
	if c.past && pred == "designated" && end < len(d.toks) && d.toks[end].key == "as" && g.start > 0 {
		// "gangs designated as …": a participle after its noun
		if p := d.toks[g.start-1]; p.kind == tWord && !p.cap && d.mentionAt(g.start-1) == nil && !relAux[p.key] {
			passive = true
		}
	}
	if c.past && !passive && !g.neg && !g.modal && !g.infinitive && g.start > 0 && d.toks[g.start-1].key == "and" && !finiteAux[d.toks[g.start].key] {
		_, passive = d.coordinatedPassiveSubject(g.start, d.toks[v].sent, c.pred) // "X was arrested in Y and extradited"
	}
	if c.past && !passive && d.frontedPassive(g.start, end) {
		passive = true // "Designated as … by X, the Y cartel …"
	}
	if c.past && !passive && (d.amongThoseStart(g.start, d.toks[v].sent) || d.includedHeadStart(g.start, end, d.toks[v].sent)) {
		passive = true // "Among those designated today is X", "The individuals sanctioned today include Y"
	}
	if passive && pred == "threatened" && c.pred != "threatened" {
		return
	}
	if passive && d.hostedBy(v, g.start, end, d.toks[v].sent, add) {
		return // "X was welcomed by Col. Y": a meeting, no support
	}
	if passive && personMeetVerbs[d.toks[v].key] {
		return // "X was joined by a delegation": company, not a meeting
	}
	sent := d.toks[v].sent
	if c.pred == "convicted" && len(c.rest) > 0 {
		// "X pleaded guilty in a case brought by Y": Y convicted X; "X
		// is serving a sentence in Y": Y's court did
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
		}
		for _, s := range subjs {
			for _, o := range objs {
				add(s, pred, o, v)
			}
		}
		return
	}
	if passive && !g.passive && d.unnamedPluralHead(g.start, sent) && !d.sentenceHas(end, []string{"such", "including"}) {
		return // "as local criminal organizations backed by X continue": unnamed
	}
	if passive && pred == "leads" && g.start > 0 && d.toks[g.start-1].key == "delegation" {
		return // "as part of a U.S. delegation led by X": X leads the delegation, no body named before it
	}
	if passive {
		objs := d.actorsLeft(g.start, sent, pred, sideObj)
		if pred == "metWith" && d.eventModifierSubject(g.start, sent) {
			objs = nil // "an X gang enforcement meeting, hosted by Y": the meeting was hosted, not X
		}
		if pred == "metWith" {
			objs = d.ledStateDelegation(objs, g.start, sent) // "A led the U.S. delegation in a meeting hosted by B": A
		}
		if len(objs) > 0 && d.reportedClauseBetween(objs[0], g.start, sent) {
			objs = nil // "X announced that a member of Y was extradited": not X
		}
		if a := d.adjunctPatient(g.start, sent, pred); a != nil && (pred == "extradited" || pred == "arrested" || pred == "charged" || pred == "convicted") {
			objs = a // "A appeared before Judge B, after being extradited": A (relations_longrelative.go)
		}
		if s, ok := d.coordinatedPassiveSubject(g.start, sent, pred); ok {
			objs = s // "X was arrested in May and is charged with …": X
		}
		if len(objs) == 0 && d.amongThoseStart(g.start, sent) {
			objs = d.amongThoseObjects(end, sent, pred) // "Among those designated today is X"
		}
		included := len(objs) == 0 && (pred == "designated" || pred == "sanctioned") && d.includedHeadStart(g.start, end, sent)
		if included {
			objs = d.includedObjects(end, sent, pred) // "The individuals sanctioned today include X"
		}
		if len(objs) == 0 && (pred == "extradited" || pred == "arrested" || pred == "charged" || pred == "convicted") {
			if p := d.leadPatient(g.start, sent); p != nil {
				objs = []*entity{p} // "a member of X has been extradited … Y, 40, arrived": Y
			} else if objs = d.countedPeople(g.start, sent); len(objs) == 0 {
				objs = d.countedLeadPeople(g.start, sent) // "Three X nationals were extradited … The nationals include A, B and C"
			}
		}
		if len(objs) > 0 && (pred == "charged" || pred == "arrested" || pred == "extradited" || pred == "convicted") {
			objs = append(objs, d.alongWith(end, sent, pred)...) // "… along with Y": Y too
		}
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
		subjs := []*entity(nil)
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
		} else if pred == "arrested" {
			subjs = d.placeHolder(end, sent) // "X, who is detained in Russia"
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
				return
			}
			subjs = []*entity{us}
			if list >= 0 {
				objs = append(objs, d.actorsRight(list, sent, pred, sideObj)...)
			}
		}
		for _, s := range subjs {
			for _, o := range objs {
				add(s, pred, o, v)
			}
		}
		return
	}
	if g.start > 0 && unresolvedSubjects[d.toks[g.start-1].key] && !(d.toks[g.start-1].key == "we" && pred != "metWith" && d.weGov(g.start-1) != nil) {
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
		return // "when we met": not an actor named before
	}
	if d.purposeGerund(v, sent) {
		return // "the importance of supporting X", "its objectives of harming Y and supporting X"
	}
	if g.start == v && v > 0 && strings.HasSuffix(d.toks[v].key, "ing") {
		// "personnel supporting X": the participle's noun is the actor
		if p := d.toks[v-1]; p.kind == tWord && !p.cap && d.mentionAt(v-1) == nil && !relAux[p.key] &&
			!continuing[p.key] && !ingPreps[p.key] && !strings.HasSuffix(p.key, "ly") && !(pred == "charged" && chargingDocs[p.key]) &&
			!(pred == "metWith" && d.spentOn(v-1)) {
			return
		}
	}
	if subjFrom < 0 {
		subjFrom = g.start
	}
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
	}
	if len(subjs) == 0 && pred == "deployedAgainst" && c.has(propSanctionsAction) && d.sanctionsActionSubject(subjFrom, sent) {
		if o := d.officeActor(); o != nil {
			subjs, pred = []*entity{o}, "sanctioned" // "Today's action targets X": the office's sanction
		}
	}
	if pred == "threatened" && c.pred != "threatened" {
		// "threatened to sanction X": the object of the threatened act
		pred = "threatened"
	}
	if schema.SymmetricRelations[pred] && len(c.rest) > 0 && reciprocalEnds[c.rest[len(c.rest)-1]] &&
		!(end < len(d.toks) && d.toks[end].key == "with" && c.rest[len(c.rest)-1] != "to") {
		// a reciprocal cue: "A and B are working to …", "A and B spoke by
		// telephone", no object; "A spoke by telephone with B" names one
		eachPair(d.reciprocalStates(subjs, pred), func(a, b *entity) { add(a, pred, b, v) })
		return
	}
	placeOnly := pred == "metWith" && len(c.rest) == 0 && d.metAtPlace(end, sent)
	if placeOnly && len(subjs) < 2 {
		return // "X met in Lima, Peru": a place, not a partner
	}
	if pred == "metWith" && personMeetVerbs[d.toks[v].key] && (!d.objectFollows(end, sent, pred) || d.joinedCompany(v, end, sent)) {
		return // "A and B joined the meeting": neither met the other; "A joined B and met with C": B is company
	}
	if schema.SymmetricRelations[pred] && len(subjs) > 1 && (placeOnly || !d.objectFollows(end, sent, pred) && d.metPeopleListed(end, sent) == nil) {
		// "A and B met": each with each, unless they are the object of
		// a verb before them ("visited A and B this week and met …")
		if !d.objectOfVerb(subjs[len(subjs)-1], g.start, sent) {
			eachPair(d.reciprocalStates(subjs, pred), func(a, b *entity) { add(a, pred, b, v) })
		}
		return
	}
	for _, gst := range d.welcomedGuests(v, end, sent) {
		for _, s := range subjs {
			add(s, "metWith", gst, v) // "welcomed X to the White House"
		}
	}
	var led []*entity
	if pred == "metWith" {
		if directVerbs[d.toks[v].key] {
			end = d.afterAdjuncts(end, sent) // "received yesterday in Mexico City X"
		}
		if len(c.rest) == 0 {
			end = d.placeThenWith(end, sent) // "met today at the ministry with X": X, not the place
		}
		if d.eventModifierObject(end, sent) {
			return // "hosted the Andean Coast Guard Awards Ceremony": an event, no guest
		}
		led = d.delegationLeaders(end, sent) // "hosted a U.S. delegation led by A and B"
		if c.has(propGuestsAfterWith) {
			if end = d.convenedWith(end, sent); end < 0 {
				return // "convened a meeting of the cabinet on the border with X"
			}
		}
	}
	if directVerbs[d.toks[v].key] && led == nil && !d.directObject(end, sent, personMeetVerbs[d.toks[v].key]) &&
		(personMeetVerbs[d.toks[v].key] || !d.secondConjunct(end, sent)) {
		return
	}
	if pred == "metWith" && hostForms[d.toks[v].key] && d.hostsThing(end, sent) {
		return // "hosts foreign facilities focused on Y": a thing, no guest
	}
	objs := d.actorsRight(end, sent, pred, sideObj)
	if pred == "metWith" {
		if listed := d.metPeopleListed(end, sent); len(listed) > 0 {
			objs = listed // "met with a group of senior Peruvian leaders, including A and B"
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
	if pred == "leads" && (d.modifiesGroup(end, sent) || d.groupOfBodies(end, sent)) {
		return // "led a joint State and Justice delegation": the delegation
	}
	if pred == "leads" && d.possessedUnnamed(end, sent) {
		return // "who leads the agency's border unit": the unit, not the agency
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

// thankForms thank: support of a state thanked ("thanked Peru for its
// work"); thanking a person or a body is courtesy, no support.
var thankForms = set("thank", "thanks", "thanked", "thanking")

// reciprocalEnds end the cues of a symmetric predicate whose actors are
// their coordinated subjects only: "A and B are working to …", "A and B
// spoke by telephone" (a list of data/lexicon/words.tsv).
var reciprocalEnds = lexWords.set("reciprocalEnds")
