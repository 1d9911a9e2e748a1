package extract

import (
	"regexp"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Relations are read from sentence structure: a cue (a verb phrase or a
// nominalisation from relationLexicon) with its actors found by role:
//
//   - active verbs: the actors before the verb (coordinated: "A and B
//     designated") act on the actors after it ("… designated X and Y");
//   - passives: "X was extradited to the United States by Mexico", "X,
//     indicted by the United States": the "by" phrase is the actor;
//   - nominalisations: "Mexico's arrest and extradition of X", "the
//     designation of X by Y", "a meeting between A and B";
//   - relative clauses and appositives fall out of the nearest-actor rule
//     ("X, who heads Y"); stated head roles give leads and memberOf.
//
// Negated, modal, planned and hypothetical acts are not relations ("did
// not sign", "could sanction", "plans to arrest"); "threatened to
// sanction X" is a threat against X. Each predicate constrains the types
// of its actors (only a government or agency designates; only a person is
// arrested), which is general knowledge and keeps noise out.

// relationLexicon is the cue lexicon, read from data/lexicon/relations.tsv
// (whose header documents the phrase syntax): per predicate, verb phrases
// (a lemma whose forms are generated, then literal words, "…" for a gap,
// a last "{a|b}" requiring one of those words later in the sentence) and
// nouns (each with the word that introduces its object, "of" if none).
// irregularForms are the irregular inflections of its lemmas, from
// data/lexicon/irregular-verbs.tsv.
var relationLexicon, irregularForms = mustRelationLexicon()

// directVerbs state their relation only with the object right after them
// (over titles): "visited Belize", "received Minister X", "joined
// President X", "praised Mexico's efforts"; not "received support from
// X", "joined X in condemning", "praised the arrest of X".
// personMeetVerbs take a person only. Both are lists of
// data/lexicon/words.tsv.
var (
	directVerbs     = lexWords.set("directVerbs")
	personMeetVerbs = lexWords.set("personMeetVerbs")
)

// relCue is one compiled phrase of the lexicon.
type relCue struct {
	pred  string
	rest  []string // words after the first; "…" skips up to three words
	noun  bool
	intro string   // nouns: the word introducing the object ("of", "against", "between"…)
	past  bool     // the first word is a past form (a participle, for passives)
	needs []string // one of these words must follow in the sentence
	props []string // names of its cueProps ("warn [object-named]")
}

// relCues maps a first word (folded) to the cues it starts.
var relCues = compileRelCues(relationLexicon, irregularForms)

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ";") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// standing are the predicates of ties rather than acts: a purpose or a
// continued commitment ("to support X") states them.
var standing = set("supports", "cooperatesWith", "leads", "memberOf")

// relation actor roles, for typeOK.
const (
	sideSubj = iota
	sideObj
)

// typeOK reports whether an entity of type t may fill a side of pred.
func typeOK(pred string, side int, t schema.EntityType) bool {
	if t == "" {
		return false
	}
	state := t == schema.Government || t == schema.Agency
	switch pred {
	case "designated", "sanctioned", "charged", "deployedAgainst":
		if side == sideSubj {
			// an official acts for the state: "Secretary X designated";
			// an armed group's offensive is an attack (groupOffensive)
			return state || t == schema.Person && (pred == "designated" || pred == "sanctioned") ||
				t == schema.Cartel && pred == "deployedAgainst"
		}
		return t == schema.Person || t == schema.Cartel || t == schema.Organization && pred != "deployedAgainst"
	case predSanctionedState:
		// the noun "sanctions on Venezuela" (relations_unnamedsanctions.go)
		if side == sideSubj {
			return state || t == schema.Person
		}
		return t == schema.Government
	case "arrested", "extradited", "convicted":
		if side == sideSubj {
			return state
		}
		return t == schema.Person
	case "seized":
		if side == sideSubj {
			return state
		}
		return t == schema.Cartel || t == schema.Organization
	case "signed", "ratified", "withdrewFrom":
		if side == sideSubj {
			// an official signs for the body they serve (signerFor); an
			// armed group signs a truce or peace accord
			return t != schema.Agreement && (t != schema.Cartel || pred == "signed")
		}
		return t == schema.Agreement
	case "testifiedBefore":
		if side == sideSubj {
			return t == schema.Person
		}
		return t == schema.Agency
	case "leads", "memberOf":
		if side == sideSubj {
			return t == schema.Person
		}
		return t == schema.Cartel || t == schema.Organization || t == schema.Agency
	case "metWith":
		// a meeting with an armed group is a negotiation (armedTalks)
		return t == schema.Person || t == schema.Government || t == schema.Agency || t == schema.Cartel
	case "supports", "rejected":
		return side == sideObj || t != schema.Agreement
	}
	return t != schema.Agreement
}

// findRelations reads the relations of every sentence outside quotations
// (a page's own statement is no quotation: assertOwnStatements; nor is a
// fragment the writer's sentence carries: readPartialQuotes), and those
// that the roles state (leads, memberOf).
func (d *doc) findRelations(published string) {
	defer d.assertOwnStatements()()
	defer d.readPartialQuotes()()
	seen := map[string]bool{}
	listings := map[*entity]bool{} // officeListing of each sanctions office, read once per text
	var add func(s *entity, p string, o *entity, at int)
	add = func(s *entity, p string, o *entity, at int) {
		if s == nil || o == nil {
			return
		}
		p = armedTalks(p, s, o)     // "the government's talks with the ELN": a negotiation
		p = groupOffensive(p, s, o) // "the ELN launched an offensive against the 33rd Front": an attack
		if (p == "designated" || p == "sanctioned") && sanctionsOffice(s) {
			listing, ok := listings[s]
			if !ok {
				listing = d.officeListing(s)
				listings[s] = listing
			}
			if listing {
				// "the office designated X as a Specially Designated
				// Global Terrorist": a listing as well as a sanction
				add(s, "listed", o, at)
			}
			if listing && p == "designated" && d.earlierYear(at, published) {
				return // "On March 3, 2011, OFAC named X as …", recounted years later: the listing only
			}
			p = "sanctioned" // "OFAC is designating X": a designation for sanctions
		}
		if p == "listed" {
			p = "designated"
		}
		// a legislature ratifies in its own name (relations_legislatureapproval.go)
		if agreementAct(p) && !(p == "ratified" && legislatureBody(s)) {
			if s = d.signerFor(s, o); s == nil {
				return // "The two ministers signed a memorandum": the bodies they serve (relations_signers.go)
			}
		}
		if p == "extradited" && s.typ == schema.Agency && s.country != "" {
			if g := d.govNamed(s.country); g != nil {
				s = g // "a national supreme court authorized the extradition of X": the sending state
			}
		}
		if p == "cooperatesWith" {
			o = d.govCounterpart(o, s)
			s, o = d.sharedHeadStates(s, o, at) // "U.S. and Colombian forces worked together": the two states
			s, o = d.genericBodyState(s, o)     // "between the U.S. military and Peru": the two states
			if ownLegislature(s, o) {
				return // "the department, working with Congress, committed $50 million": law-making
			}
		}
		if s == o || !typeOK(p, sideSubj, s.typ) || !typeOK(p, sideObj, o.typ) {
			return
		}
		if p == predSanctionedState {
			if d.ownState(s, o) {
				return // "the President's sanctions on the United States"
			}
			p = "sanctioned"
		}
		if p == "memberOf" && seatInChamber(o) {
			return // "X, a member of the National Assembly": a legislator's seat, a role (relations_roleties.go)
		}
		if d.holderOnlyPossessed(s) || d.holderOnlyPossessed(o) {
			return // "Pell met with Maduro’s envoy": a holder known only as a possessor (persons_holderuse.go)
		}
		if o.parent == s || s.parent == o {
			return // a body and its part
		}
		if p == "cooperatesWith" && (ownBody(s, o) || ownBody(o, s)) {
			return // "our work with the Navy", said the state's official: its own agency
		}
		if p == "supports" && (d.ownSideSupport(s, o, at) || d.qualifiedPraise(at) || d.creditPraise(at)) {
			return // "We commend the DEA": a state praising its own agency; praise "while noting that X must …"; a credit line (relations_creditpraise.go)
		}
		k := s.name + "|" + p + "|" + o.name
		if schema.SymmetricRelations[p] && o.name < s.name {
			k = o.name + "|" + p + "|" + s.name
		}
		if p == "metWith" {
			d.meetAts = append(d.meetAts, meeting{s, o, at}) // every mention of a meeting, for partnerMeetings
		}
		if seen[k] {
			return
		}
		seen[k] = true
		if p == "metWith" {
			d.meets = append(d.meets, meeting{s, o, at})
		}
		d.rels = append(d.rels, d.relation(s, p, o, at, published))
		d.relBecause(s.name, p, o.name, at)
	}
	for v := 0; v < len(d.toks); v++ {
		cues, ok := relCues[d.toks[v].key]
		if !ok || d.inQuote[v] && !d.weSubject(v) && !d.quotedCooperationBetween(v) && !d.quotedStatesTogether(v) && !d.quotedCooperationWith(v) {
			continue
		}
		nominal := v > 0 && (determiners[d.toks[v-1].key] || d.mentionAt(v-1) != nil && d.toks[v-1].key != "and" || d.possessedNoun(v) ||
			v+1 < len(d.toks) && d.toks[v+1].key == "from" && nounCue(d.toks[v].key) != "") // "with support from X": the noun
		if d.sanctionsNoun(v) {
			nominal = true // "harmful sanctions on X": the verb takes no "on" (relations_unnamedsanctions.go)
		}
		if v+1 < len(d.toks) && d.toks[v+1].key == "between" {
			nominal = true // "the Third Committee Meeting between A and B": no verb takes "between"
		}
		if d.mentionAt(v) != nil && !cues[0].noun && !(nominal && nounCue(d.toks[v].key) != "") {
			continue // a word of a name; but "Readout of the Meeting between A and B" in a headline is the noun
		}
		if t := d.toks[v]; t.cap && v > 0 && d.toks[v-1].sent == t.sent && !d.titlecase[t.para] && !d.opensQuotation(v) {
			continue // "Multinational Security Support (MSS) mission": a word of a name
		}
		for _, c := range cues {
			if nominal != c.noun && nounCue(d.toks[v].key) != "" && hasVerbCue(d.toks[v].key) {
				continue // "the meeting", "U.S. support": the noun; "met", "to support": the verb
			}
			end, ok := d.matchCue(v, c)
			if !ok {
				continue
			}
			if d.why != nil {
				d.ruled(cueRule(c, d.toks[v].key), v, end)
			}
			if c.noun {
				d.nominalRelation(v, end, c, add)
			} else {
				d.verbRelation(v, end, c, add)
			}
			break
		}
	}
	// the rules over whole sentences, each under the name --explain gives
	// its relations
	for _, step := range []struct {
		rule string
		run  func(func(*entity, string, *entity, int))
	}{
		{"relation/role", d.roleRelations},
		{"relation/place-office-head", d.placeOfficeHeads},
		{"relation/agreement-partners", d.agreementPartners},
		{"relation/joint-act", d.jointRelations},
		{"relation/partner-of", d.partnerOf},
		{"relation/bare-partner", d.barePartners},
		{"relation/org-partner", d.orgPartners},
		{"relation/partnership-gratitude", d.partnershipGratitude},
		{"relation/possessed-cooperation", d.possessedCooperation},
		{"relation/held-cooperation", d.heldCooperation},
		{"relation/conducted-joint-act", d.conductedJointActs},
		{"relation/coordinated-states", d.coordinatedStates},
		{"relation/jointly", d.jointlyActs},
		{"relation/shared-agents", d.sharedAgents},
		{"relation/accompaniment", d.accompaniments},
		{"relation/co-investigators", d.coInvestigators},
		{"relation/allied-compound", d.alliedCompounds},
		{"relation/invasion-noun", d.invasionNouns},
		{"relation/led-operation", d.ledOperations},
		{"relation/action-partners", d.actionPartners},
		{"relation/joined-meeting", d.joinedMeetings},
		{"relation/for-meetings", d.forMeetings},
		{"relation/aid-delivery", d.aidDeliveries},
		{"relation/donation-of", d.donationsOf},
		{"relation/in-support-of", d.supportPhrases},
		{"relation/with-help", d.helpPhrases},
		{"relation/money-for", d.moneyFor},
		{"relation/quoted-accusation", d.quotedAccusations},
		{"relation/quoted-threat", d.threatAccusations},
		{"relation/condemned-possessor", d.condemnedPossessors},
		{"relation/condemnation-act", d.condemnationActs},
		{"relation/concerned-possessor", d.concernedPossessors},
		{"relation/opposed-agreement", d.opposedAgreements},
		{"relation/hold-accountable", d.accountableHolds},
		{"relation/possessed-wrong", d.possessedWrongs},
		{"relation/reported-finding", d.reportedFindings},
		{"relation/denied-access", d.deniedAccess},
		{"relation/allegation", d.allegations},
		{"relation/document-accusation", d.documentAccusations},
		{"relation/head-apposition", d.headAppositives},
		{"relation/ascribed", d.ascribedGroupTies},
		{"relation/one-of-group", d.oneOfGroup},
		{"relation/agent-for-group", d.agentForGroup},
		{"relation/group-service", d.groupServices},
		{"relation/authorized-mission", d.authorizations},
		{"relation/member-apposition", d.memberAppositions},
		{"relation/wing-apposition", d.wingAppositions},
		{"relation/named-group-head", d.namedGroupHeads},
		{"relation/copula-leader", d.copulaLeaders},
		{"relation/co-signers", d.coSigners},
		{"relation/active-signers", d.activeSigners},
		{"relation/joint-discussion", d.jointDiscussions},
		{"relation/state-negotiation", d.stateNegotiations},
		{"relation/talks-between", d.talksBetween},
		{"relation/testimony-header", d.testimonyHeaders},
		{"relation/testimony-noun", d.testimonyNouns},
		{"relation/hearing-witnesses", d.hearingWitnesses},
		{"relation/after-meeting", d.afterMeetings},
		{"relation/first-person-meeting", d.firstPersonMeetings},
		{"relation/first-person-welcome", d.firstPersonWelcomes},
		{"relation/lead-title-holder", d.leadTitleHolders},
		{"relation/lead-member", d.leadMembers},
		{"relation/member-list", d.groupMemberLists},
		{"relation/plural-copula-members", d.pluralCopulaMembers},
		{"relation/named-group-plurals", d.namedGroupPlurals},
		{"relation/served-group", d.servedGroups},
		{"relation/and-member-apposition", d.andMemberAppositions},
		{"relation/lead-extradition", d.leadExtraditions},
		{"relation/counted-extradition", d.countedExtraditions},
		{"relation/partner-meeting", d.partnerMeetings},
		{"relation/turn-greeting", d.turnGreetings},
		{"relation/host-thanks", d.hostThanks},
		{"relation/joint-press-conference", d.jointPressConferences},
		{"relation/headline-meeting-verb", d.headlineMeetings},
		{"relation/joined-last-meeting", d.joinedLastMeetings},
		{"relation/attended-by", d.attendedByMeetings},
		{"relation/delegation-sides", d.delegationSides},
		{"relation/meeting-frame", d.meetingFrames},
		{"relation/summit-pair", d.summitPairs},
		{"relation/agreement-cooperation", d.agreementCooperation},
		{"relation/agreement-signing", d.agreementSigning},
		{"relation/attached-signing", d.attachedSignings},
		{"relation/relative-approval", d.relativeApprovals},
		{"relation/custody", d.custodies},
		{"relation/custody-handover", d.custodyHandovers},
		{"relation/faced-charges", d.facedCharges},
		{"relation/extradition-charges", d.extraditionCharges},
		{"relation/wanted-charges", d.wantedCharges},
		{"relation/home-country-wanted", d.homeCountryWanted},
		{"relation/into-custody", d.intoCustody},
		{"relation/pretrial-detention", d.pretrialDetentions},
		{"relation/house-arrest", d.houseArrests},
		{"relation/accused-crime", d.accusedCrimes},
		{"relation/convicted-harm", d.convictedHarms},
		{"relation/arrest-charges", d.arrestCharges},
		{"relation/arrest-for-crime", d.arrestForCrime},
		{"relation/trial-against", d.trialsAgainst},
		{"relation/died-in-custody", d.diedInCustody},
		{"relation/state-force-killing", d.stateForceKillings},
		{"relation/labelled-act", d.labelledActs},
		{"relation/handover-charges", d.handoverCharges},
		{"relation/law-funding", d.lawFunding},
		{"relation/credit-phrase", d.creditPhrases},
		{"relation/agreement-join", d.agreementJoins},
		{"relation/vowed-harm", d.vowedHarm},
		{"relation/bilateral-partnership", d.bilateralPartnership},
		{"relation/bilateral-tie", d.bilateralTies},
		{"relation/summit-attendees", d.summitAttendees},
		{"relation/participants-list", d.participantsList},
		{"relation/representatives-joined", d.representativesJoined},
		{"relation/meeting-list", d.meetingList},
		{"relation/phone-call", d.phoneCalls},
		{"relation/and-with", d.andWithPartners},
		{"relation/list-act", d.listActs},
		{"relation/listed-group-members", d.listedMembers},
		{"relation/sent-people", d.sentPeople},
		{"relation/added-to-list", d.addedToList},
		{"relation/designated-group", d.designatedGroups},
		{"relation/told-legislature", d.toldLegislature},
		{"relation/field-unit-operation", d.fieldUnitOperations},
		{"relation/arrest-sender", d.arrestSenders},
		{"relation/named-defendant", d.namedDefendants},
		{"relation/mutual-fight", d.mutualFights},
	} {
		d.ruled(step.rule, 0, 0)
		step.run(add)
	}
	d.dropOtherHolders()
	d.dropVisitedPlaces()
	d.dropStatesMetInPerson()
	d.dropStatePairsMetInPerson()
	d.dropCompanions()
	d.dropScheduledMeetings()
}

// relation builds the relation s pred o read at token at: its sentence,
// the sentence's offsets in the article and the date it states.
func (d *doc) relation(s *entity, pred string, o *entity, at int, published string) schema.Relation {
	r := schema.Relation{Subject: s.name, Predicate: pred, Object: o.name}
	if at < 0 || at >= len(d.toks) {
		return r
	}
	a, b := d.sentenceSpan(at)
	r.Sentence = d.surface(a, b+1)
	if st, en := d.nt.span(d.toks[a].s, d.toks[b].e); st-d.base >= 0 && en > st {
		r.Start, r.End = st-d.base, en-d.base
	}
	if !standing[pred] {
		if d.inDateline(a) {
			a = d.datelineToks // the dateline's date is the article's
		}
		if a <= b {
			r.Date = sentenceDate(d.surface(a, b+1), published)
		}
	}
	return r
}

var (
	// "on November 22" (the year is the article's)
	mdRE = regexp.MustCompile(`\b(?:on|On)\s+` + monthRE + `\s+(\d{1,2})\b`)
	// "in November 2023"
	myRE = regexp.MustCompile(`\b` + monthRE + `\s+(\d{4})\b`)
)

// sentenceDate is the date a sentence states for its act: a full date, a
// day of the month in the article's year ("On November 22"), or a month
// ("in November 2023", as YYYY-MM); "" when it states none. Every one of
// these has a day or a year in figures, so a sentence without a digit
// states none and the patterns are not run on it.
func sentenceDate(s, published string) string {
	if !strings.ContainsAny(s, "0123456789") {
		return ""
	}
	if m := mdyHead.find(s); m != nil {
		if date, ok := validDate(m[3], m[1], m[2]); ok {
			return date
		}
	}
	if m := dmyHead.find(s); m != nil {
		if date, ok := validDate(m[3], m[2], m[1]); ok {
			return date
		}
	}
	if m := isoHead.find(s); m != nil {
		if date, ok := validDate(m[1], m[2], m[3]); ok {
			return date
		}
	}
	if m := mdSent.find(s); m != nil && len(published) >= 4 {
		if date, ok := validDate(published[:4], m[1], m[2]); ok && date <= published {
			return date
		}
	}
	if m := mySent.find(s); m != nil {
		if date, ok := validDate(m[2], m[1], "1"); ok {
			return date[:7]
		}
	}
	return ""
}
