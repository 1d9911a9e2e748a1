// Noun cues: "the arrest of X by Y", "X's extradition", "talks between A
// and B".

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// nominalRelation reads the actors of the noun cue at v: a possessor or a
// "by" phrase acts on the "of" phrase; "between A and B" relates each
// with each.
func (d *doc) nominalRelation(v, end int, c relCue, add func(*entity, string, *entity, int)) {
	sent := d.toks[v].sent
	pred := c.pred
	add = d.bodiesOnly(v, add) // "our relationship with him" is no tie
	if d.nominalHypothetical(v) {
		return
	}
	// the nouns coordinated with this one share its actors: "Mexico's
	// arrest and extradition of X" (the first noun reads them all)
	first := v
	if v >= 2 && d.toks[v-1].key == "and" {
		if nounCue(d.toks[v-2].key) != "" {
			first = v - 2
		}
	}
	if pair := d.pairPossessor(first, sent, pred); pair != nil {
		add(pair[0], pred, pair[1], v) // "the two leaders' telephone conversation"
		return
	}
	if list := d.theirActors(first, sent, pred); len(list) > 1 {
		eachPair(d.reciprocalStates(list, pred), func(a, b *entity) { add(a, pred, b, v) }) // "A and B Before Their Meeting"
		return
	}
	var subj []*entity
	poss := first - 1 // over up to six words of adjectives, commas and "and": "Russia's premeditated, unprovoked, and unjustified attack"; or a date: "Treasury's February 7 designation"
	for poss >= first-6 && poss > 0 && d.toks[poss].sent == sent && ((d.toks[poss].key == "," || d.toks[poss].key == "and") && poss < first-1 ||
		d.toks[poss].kind == tWord && (!d.toks[poss].cap || d.monthName(poss)) && d.toks[poss].key != "'s" && !trueDeterminers[d.toks[poss].key] && !possessorStops[d.toks[poss].key] &&
			relCues[d.toks[poss].key] == nil && (d.toks[poss-1].key != "and" || poss > first-6)) {
		poss--
	}
	ourAt, itsAt := -1, -1
	if poss >= 0 && d.toks[poss].key == "our" {
		ourAt = poss // "our unwavering support for X"
	}
	if poss >= 0 && d.toks[poss].key == "its" {
		itsAt = poss // "its unwavering support for X"
	}
	hisAt := -1
	if poss >= 0 && personalPossessives[d.toks[poss].key] {
		hisAt = poss // "his support to X"
	}
	if poss < 0 || !d.possessiveMark(poss) {
		poss = first - 1
	}
	if poss >= 1 && d.possessiveMark(poss) {
		if m := d.mentionAt(poss - 1); m != nil && m.ent != nil {
			subj = append(subj, m.ent)
			if !schema.SymmetricRelations[pred] {
				subj = append(subj, d.coordPossessors(m)...) // "A's and B's designations of X"
			}
			if schema.SymmetricRelations[pred] && typeOK(pred, sideSubj, m.ent.typ) {
				// "the United States and Mexico's commitment": each with each
				if list := append([]*entity{m.ent}, d.conjLeft(m, pred, sideSubj)...); len(list) > 1 {
					eachPair(list, func(a, b *entity) { add(a, pred, b, v) })
				}
			}
		}
	} else if m := d.mentionAt(first - 1); m != nil && m.ent != nil && m.e == first {
		subj = append(subj, m.ent) // "the U.S. designation of"
	} else if g := d.aidKindGiver(first, sent, pred); g != nil {
		subj = append(subj, g) // "U.S. military support for X"
	} else if poss >= 0 && d.toks[poss].key == "our" || ourAt >= 0 {
		if ourAt < 0 {
			ourAt = poss
		}
		if g := d.weGov(ourAt); g != nil {
			subj = append(subj, g) // "our partnership with X": the speaker's government
		}
	} else if first >= 1 && d.toks[first-1].key == "its" || itsAt >= 0 {
		if itsAt < 0 {
			itsAt = first - 1
		}
		if e := d.itsPossessor(itsAt, pred); e != nil {
			subj = append(subj, e) // "Peru's role, including its support for X": Peru
		} else if left := d.actorsLeft(itsAt, sent, pred, sideSubj); len(left) == 1 && left[0].typ != schema.Person && !d.unnamedOwner(itsAt) {
			subj = append(subj, left[0]) // "Peru renewed its support for X", "thanked Peru for its support"
		}
	} else if hisAt >= 0 && pred == "supports" && !d.possessorAt(end) {
		if p := d.hisPossessor(hisAt); p != nil {
			subj = append(subj, p) // "sanctioning X for his support to Y": X; not "his support for Y's aspirations"
		}
	} else if hisAt >= 0 && pred == "metWith" && hisAt == first-1 {
		if p := d.hisPossessor(hisAt); p != nil {
			subj = append(subj, p) // "A proposed the dialogue during her meeting with B": A
		}
	}
	// the object phrase: "between", "among", "with", or c.intro
	symmetric := schema.SymmetricRelations[pred]
	k, intro := end, ""
	if c.intro != "of" && !symmetric {
		k = len(d.toks) // the cue matched its intro: "support to X"
	}
	for ; k < len(d.toks) && d.toks[k].sent == sent && k < end+10; k++ {
		key := d.toks[k].key
		if symmetric && pred == "metWith" && key == "by" && k == end+1 && chairVerbs[d.toks[k-1].key] {
			intro = "between" // "meetings led by A and B"
			break
		}
		if symmetric && (key == "between" || key == "among" || key == "with" || key == "of" && pred == "cooperatesWith") ||
			pred == "cooperatesWith" && key == "by" && k == end && len(d.actorsRight(k+1, sent, pred, sideSubj)) > 1 || // "teamwork by A, B and C"
			!symmetric && key == c.intro && (c.intro != "of" || k == end || d.toks[k-1].key != "and") {
			intro = key
			break
		}
		if key == "." || key == ";" || key == ":" || key == "by" || k > end && relCues[key] != nil && !(key == "and") {
			if nounCue(key) != "" && d.toks[k-1].key == "and" {
				continue // "arrest and extradition"
			}
			break
		}
	}
	if intro == "" && c.intro != "of" && (!symmetric || c.intro == "between") {
		intro, k = c.intro, end-1 // "support to X"; "efforts between A and B": the cue's own word
	}
	if intro == "" {
		d.ownExtradition(first, end, sent, pred, add) // "following his extradition from Colombia"
		return
	}
	if intro == "between" || intro == "among" || intro == "by" || intro == "of" && symmetric {
		list := d.actorsRight(k+1, sent, pred, sideSubj)
		if len(list) < 2 {
			list = d.demonymList(k+1, sent) // "between the Peruvian and Chilean governments"
		}
		if len(list) < 2 {
			list = d.pairAfter(k + 1) // "between the two nations"
		}
		eachPair(list, func(a, b *entity) { add(a, pred, b, v) })
		return
	}
	objs := d.caseDefendants(v, pred, d.actorsRight(k+1, sent, pred, sideObj)) // "the case against X": people only (relations_caseagainst.go)
	if pred == "sanctioned" {
		objs = d.withSanctionedStates(objs, k+1, sent) // "sanctions on Venezuela" (relations_unnamedsanctions.go)
	}
	if len(objs) == 0 {
		return
	}
	if len(subj) == 0 && symmetric && intro == "with" {
		// "the partnership that A has built with B": A in the clause
		for j := end; j < k; j++ {
			if m := d.mentionAt(j); m != nil && m.ent != nil && !m.attached && typeOK(pred, sideSubj, m.ent.typ) {
				if m.ent.typ != schema.Person && typeOK(pred, sideSubj, schema.Person) {
					if p := d.personAfter(m.e, sent); p != nil {
						m = p
					}
				}
				subj = append(subj, m.ent)
				break
			}
		}
	}
	if len(subj) == 0 && (symmetric && intro == "with" || pred == "testifiedBefore") {
		subj = d.frontedActor(first, k, sent, pred) // "During his meeting with X, Y said"; "In testimony before X, Y said"
	}
	if len(subj) == 0 && symmetric && intro == "with" && k == end {
		subj = d.tieHolder(first, sent, pred) // "A has forged partnerships with B"
	}
	if len(subj) == 0 && symmetric && intro == "with" {
		if subj = d.headlineMeeter(first, sent, pred); len(subj) > 0 {
			objs = personsOnly(objs) // "X Before Meeting with Y Leaders": people named only
		}
	}
	if len(subj) == 0 && pred == "cooperatesWith" && intro == "with" {
		subj = d.quotedSpeakerBody(first) // "“… the result of close cooperation with X,” said the office's director"
	}
	// "… of X by Y"
	for j := k + 1; j < len(d.toks) && d.toks[j].sent == sent && j < k+14; j++ {
		if d.toks[j].key == "by" {
			if pred == "supports" && d.objectOnlyPastBy(v, k, j) {
				return // "Assistance for Operation X was provided by A and B": no receiver named (relations_aidprovidedby.go)
			}
			subj = append(subj, d.actorsRight(j+1, sent, pred, sideSubj)...)
			break
		}
	}
	if len(subj) == 0 && pred == "extradited" {
		subj = d.extraditedFrom(k+1, sent) // "the extradition of X, 39, from Honduras to the United States"
	}
	if len(subj) == 0 && k <= end {
		subj = d.announcer(first, sent, pred) // the object right after the noun
	}
	if len(subj) == 0 && !symmetric {
		subj = d.responsibleFor(first, sent, pred) // "X is responsible for … the murders of Y"
	}
	if len(subj) == 0 && k <= end {
		subj = d.actBefore(first, sent, pred) // "Today's designations of X": the designator named before
	}
	if len(subj) == 0 && pred == "designated" {
		// "the designation of X as a Foreign Terrorist Organization"
		for j := k + 1; j < len(d.toks) && d.toks[j].sent == sent && j < k+10; j++ {
			if d.toks[j].key == "as" {
				if us, _ := d.usDesignation(j, sent); us != nil {
					subj = append(subj, us)
				}
				break
			}
		}
	}
	if len(subj) == 0 && pred == "extradited" && len(objs) == 1 && k <= end {
		subj = d.nationalSender(k+1, objs[0], sent) // "the extradition of Mexican drug kingpin X"
	}
	if len(subj) == 0 && pred == "extradited" && len(objs) == 1 && k <= end && !d.clauseNamesFrom(k+1, sent) {
		if g := d.articleSender(objs[0]); g != nil {
			subj = []*entity{g} // "… his extradition from Mexico … The extradition of X shows …"; "X arrived from Honduras"
		}
	}
	if len(subj) == 0 && pred == "sanctioned" {
		subj = d.unnamedSanctioner(first, sent) // "roll back harmful sanctions on X", "Y imposed sanctions on X" (relations_unnamedsanctions.go)
	}
	if pred == "sanctioned" {
		objs = d.regimeStates(objs, k+1, sent) // "sanctions on the X regime": X's state
	}
	if len(subj) == 0 && pred != "attacked" && stateBodyActs[pred] && !d.soughtAct(first, sent, soughtWords) {
		if pred == "charged" {
			subj = d.leadProsecutor(first) // "The Attorney General's Office obtained … The charges against X …"
		}
		if rs := d.reportState(); len(subj) == 0 && rs != nil {
			subj = []*entity{rs} // "Bolivia 2022 … Report: … the charges against X": its courts'
		}
	}
	// "countries that pledged support to X, including A and B"
	subj = append(subj, d.groupMembers(first, k, sent)...)
	for _, s := range subj {
		for _, o := range objs {
			add(s, sanctionedKind(pred, o), o, v)
		}
	}
	for i := first; i < v; i++ { // the nouns before this one in "arrest and extradition"
		if p := nounCue(d.toks[i].key); p != "" && p != pred {
			for _, s := range subj {
				for _, o := range objs {
					add(s, p, o, v)
				}
			}
		}
	}
}

// soughtWords before an act's noun make it an outcome sought, not one
// done: "information leading to the arrest of X", "a reward for the
// conviction of Y".
var soughtWords = set("to", "for", "seek", "seeks", "sought", "seeking")

// soughtAct reports whether one of the sought words stands among the six
// words before the noun at first (soughtWords, or sanctionsSoughtWords
// for a sanctions noun).
func (d *doc) soughtAct(first, sent int, sought map[string]bool) bool {
	for k := first - 1; k >= 0 && k >= first-6 && d.toks[k].sent == sent; k-- {
		if sought[d.toks[k].key] {
			return true
		}
	}
	return false
}

// chairVerbs, as participles after a meeting noun, name its parties:
// "meetings led by A and B".
var chairVerbs = set("led", "co-led", "chaired", "co-chaired", "hosted", "co-hosted", "headed")

// memberGroups are the plural nouns of a group of actors whose members a
// list may name.
var memberGroups = set("countries", "nations", "partners", "governments", "donors", "states", "allies")

// groupMembers are the actors listed by "including" or "such as" after
// token from, when a group noun heads the phrase ending before token v
// ("all the countries that have pledged support to X …, including A, B
// and C"); nil otherwise.
func (d *doc) groupMembers(v, from, sent int) []*entity {
	group := false
	for k := v - 1; k >= 0 && k >= v-8 && d.toks[k].sent == sent; k-- {
		if d.mentionAt(k) != nil || actorStop[d.toks[k].key] {
			break
		}
		if memberGroups[d.toks[k].key] {
			group = true
			break
		}
	}
	if !group {
		return nil
	}
	for k := from; k+1 < len(d.toks) && d.toks[k].sent == sent && k < from+30; k++ {
		if actorStop[d.toks[k].key] {
			return nil
		}
		if d.toks[k].key == "including" {
			return d.actorsRight(k+1, sent, "supports", sideSubj)
		}
		if d.toks[k].key == "such" && d.toks[k+1].key == "as" {
			return d.actorsRight(k+2, sent, "supports", sideSubj)
		}
	}
	return nil
}

// nounCue is the predicate of the noun cue key ("arrest"), or "".
func nounCue(key string) string {
	for _, c := range relCues[key] {
		if c.noun {
			return c.pred
		}
	}
	return ""
}

// hasVerbCue reports whether key starts a verb cue.
func hasVerbCue(key string) bool {
	for _, c := range relCues[key] {
		if !c.noun {
			return true
		}
	}
	return false
}

// determiners open a noun phrase: the cue after one is a noun.
var determiners = set("the", "a", "an", "'s", "this", "that", "these", "those", "their", "its", "his", "her",
	"our", "your", "my", "any", "further", "new", "continued", "joint", "strong", "bilateral", "full", "recent",
	"first", "second", "third", "fourth", "fifth", "sixth", "next", "last", "previous", "annual", "inaugural",
	"trilateral", "high-level", "ministerial", "virtual", "private", "productive",
	"financial", "military", "logistical", "technical", "diplomatic", "political", "humanitarian", "operational",
	"material", "economic", "separate", "telephone", "phone", "courtesy", "one-on-one", "introductory", "final")

// trueDeterminers are the determiners proper, which a possessor cannot
// follow: the adjectives among determiners ("strong", "bilateral") may
// stand between a possessor and its noun ("Chile's strong partnership").
var trueDeterminers = set("the", "a", "an", "'s", "this", "that", "these", "those", "their", "its", "his", "her",
	"our", "your", "my", "any")

// possessorStops end the adjectives between a possessor and its noun: a
// preposition opens another phrase ("X's commitment to continued
// partnership": not X's partnership).
var possessorStops = set("to", "of", "for", "in", "with", "on", "at", "by", "from")

// nominalBlockers make a nominalised act hypothetical.
var nominalBlockers = set("possible", "possibility", "potential", "proposed", "planned", "threat", "threatened",
	"pending", "requested", "request", "seeking", "seek", "sought", "push", "calls", "called", "demand", "demanded",
	"demanding", "against", "oppose", "opposed", "avoid", "prevent", "future", "initiate", "initiated", "initiating", "initiates")

// eachPair calls f on every unordered pair of distinct entities of list.
func eachPair(list []*entity, f func(a, b *entity)) {
	for i := range list {
		for j := i + 1; j < len(list); j++ {
			f(list[i], list[j])
		}
	}
}

// announceVerbs make public or carry out the act their object names: the
// subject of "the State Department announces the designation of X" or
// "Mexico completed the extradition of Y" is the act's actor.
var announceVerbs = lexWords.set("announceVerbs")

// announcer returns the actors of the noun cue at n when it is the object
// of an announcing verb ("X announced the designation of"); none when the
// verb is negated, modal or planned.
func (d *doc) announcer(n, sent int, pred string) []*entity {
	j := n - 1
	for j >= 0 && d.toks[j].sent == sent && (determiners[d.toks[j].key] || d.toks[j].key == "out") {
		j--
	}
	if j < 0 || j == n-1 || d.toks[j].sent != sent || !announceVerbs[d.toks[j].key] {
		return nil
	}
	g := d.verbGroup(j)
	if g.neg || g.modal || g.infinitive {
		return nil
	}
	return d.actorsLeft(g.start, sent, pred, sideSubj)
}

// frontPhrasePreps open a fronted phrase whose actor is the clause's
// subject after the comma: "During separate meetings with X, Y said".
var frontPhrasePreps = lexWords.set("frontPhrasePreps")

// frontedActor returns the subject of the main clause when the noun cue
// at n, with its object introduced at token k, heads a fronted phrase.
func (d *doc) frontedActor(n, k, sent int, pred string) []*entity {
	j := n - 1
	for j >= 0 && j >= n-3 && d.toks[j].sent == sent && d.toks[j].kind == tWord && !d.toks[j].cap && !frontPhrasePreps[d.toks[j].key] {
		j-- // "his", "separate", "the"
	}
	if j < 0 || d.toks[j].sent != sent || !frontPhrasePreps[d.toks[j].key] || j > 0 && d.toks[j-1].sent == sent && d.toks[j-1].key != "," && !d.inDateline(j-1) {
		return nil
	}
	var first []*entity
	for c := k + 1; c < len(d.toks) && d.toks[c].sent == sent && c < k+40; c++ {
		if d.toks[c].key == "," && d.mentionAfterTitle(c+1, sent) {
			list := d.actorsRight(c+1, sent, pred, sideSubj)
			if len(list) == 0 {
				if first == nil {
					return nil
				}
				continue
			}
			if !d.listContinues(list[0], c+1, sent) {
				return list[:1]
			}
			if first == nil {
				first = list[:1] // "… and Gen. X, Chief of Staff, Y Armed Forces, and other officials, Z said": Z
			}
			if c >= k+25 {
				break
			}
		}
	}
	return first
}

// listContinues reports whether the mention of e at or after token i is
// followed by "," or "and": an item or an apposition of the fronted list,
// not the clause's subject before its verb.
func (d *doc) listContinues(e *entity, i, sent int) bool {
	for j := i; j < len(d.toks) && d.toks[j].sent == sent && j < i+6; j++ {
		if m := d.mentionAt(j); m != nil && m.ent == e {
			return m.e < len(d.toks) && (d.toks[m.e].key == "," || d.toks[m.e].key == "and")
		}
	}
	return false
}

// itsPossessor is what a possessive "its" at token k before a noun cue
// stands for: the body named as the possessor before it in the sentence
// ("Peru's role in the talks, including its support for X"), or that of
// an earlier "its" it repeats ("Peru's aid, its backing of Y's plan, and
// its rejection of Z": Peru). Names
// that are no possessor are passed over; a person possessor ends the
// search (a person is no "its"); nil when none is found. With none, the
// caller takes the clause's actor ("Peru renewed its support").
func (d *doc) itsPossessor(k int, pred string) *entity {
	sent := d.toks[k].sent
	for j := k - 1; j >= 1 && j >= k-40 && d.toks[j].sent == sent && !actorStop[d.toks[j].key]; j-- {
		if d.toks[j].key == "its" {
			k = j // a repeated "its" stands for what the first one does
		}
	}
	for j := k - 1; j >= 1 && j >= k-40 && d.toks[j].sent == sent; j-- {
		key := d.toks[j].key
		if actorStop[key] || d.inQuote[j] != d.inQuote[k] {
			return nil
		}
		if key != "'s" {
			continue
		}
		m := d.mentionAt(j - 1)
		if m == nil || m.ent == nil {
			continue
		}
		if m.ent.typ == schema.Person || !typeOK(pred, sideSubj, m.ent.typ) {
			return nil
		}
		return m.ent
	}
	return nil
}

// responsibleFor returns the actors of the noun cue at n when it stands in
// what a subject "is responsible for": "the gang is responsible for many
// crimes, including the murders of X and Y", "the unit was responsible
// for the arrest of Z". Only a stated copula makes it
// ("those responsible for the attack" names no one); a negated or modal
// one ("may be responsible") states nothing.
func (d *doc) responsibleFor(n, sent int, pred string) []*entity {
	for j := n - 1; j >= 2 && j >= n-25 && d.toks[j].sent == sent; j-- {
		key := d.toks[j].key
		if actorStop[key] || d.inQuote[j] != d.inQuote[n] {
			return nil
		}
		if key != "for" || d.toks[j-1].key != "responsible" {
			continue
		}
		c := j - 2
		if c >= 1 && d.toks[c].kind == tWord && !d.toks[c].cap && strings.HasSuffix(d.toks[c].key, "ly") {
			c-- // "is directly responsible"
		}
		if c < 0 || d.toks[c].sent != sent || !beForms[d.toks[c].key] {
			return nil
		}
		if g := d.verbGroup(c); g.neg || g.modal || d.hypothetical(c) {
			return nil
		}
		return d.actorsLeft(c, sent, pred, sideSubj)
	}
	return nil
}

// monthName reports whether token k is a month's name ("February", "Feb.")
// written as part of a date, with a day or year after it.
func (d *doc) monthName(k int) bool {
	_, ok := monthNames[strings.TrimSuffix(d.toks[k].key, ".")]
	return ok && k+1 < len(d.toks) && d.toks[k+1].kind == tWord && d.toks[k+1].key != "" && d.toks[k+1].key[0] >= '0' && d.toks[k+1].key[0] <= '9'
}

// nominalHypothetical reports a negation, modal or hypothetical word among
// the four words before the noun at v in its sentence: "the possible
// extradition", "calls for the designation", "a possible invasion of X".
func (d *doc) nominalHypothetical(v int) bool {
	for k := v - 1; k >= 0 && k >= v-4 && d.toks[k].sent == d.toks[v].sent; k-- {
		if key := d.toks[k].key; nominalBlockers[key] || relNegs[key] || d.isModal(k) {
			return true
		}
	}
	return false
}
