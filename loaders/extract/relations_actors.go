// The actors of a cue: the entities to its left and right, through
// coordination, titles, parentheses and anaphora.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// clauseOpeners open an adverbial clause: an object is not sought past one.
var clauseOpeners = set("after", "before", "when", "because", "since", "until", "unless", "once")

// actorStop ends the search for an actor: a clause or sentence boundary.
var actorStop = set(".", ";", ":", "?", "!", "said", "says", "told", "while", "whereas", "but", "although")

// actorsLeft returns the actors of side of pred ending before token i: the
// nearest one and those coordinated with it ("A, B and C").
func (d *doc) actorsLeft(i, sent int, pred string, side int) []*entity {
	if side == sideSubj && d.unknownNameSubject(i, sent) {
		return nil // "As he met with A, Pace praised B": Pace, though unknown, not A
	}
	if side == sideSubj && d.unnamedActorsBefore(i, sent) {
		return nil // "In X, unknown gunmen killed Y": the gunmen, not X
	}
	for k := i - 1; k >= 0 && d.toks[k].sent == sent && k >= i-30; k-- {
		if d.toks[k].key == "," {
			if j := d.parentheticalBefore(k); j >= 0 {
				k = j // "A, in coordination with B, arrested": A
				continue
			}
			if side == sideSubj && k > i-5 && d.plainWords(k+1, i) {
				if out, ok := d.asWellAsActors(k, sent, pred); ok {
					return out // "A, as well as B, continue to support": A and B
				}
				if out, ok := d.alongWithActors(k, sent, pred); ok {
					return out // "A, along with B, met with C": A and B
				}
			}
		}
		if j := d.yearsParenOpen(k, sent); j >= 0 {
			k = j // "A (2004-09) was arrested": A
			continue
		}
		if j := d.dashOpen(k, sent); j >= 0 {
			k = j // "A -- approved by B last year -- backs": A
			continue
		}
		if d.listMarkerAt(k) {
			return nil // "… in A and B 2) expand …": the item before
		}
		if out, ok := d.andIActors(k, sent, pred, side); side == sideSubj && ok {
			return out // "A, B, and I traveled": the speaker, A and B
		}
		if side == sideSubj && whClauseOpeners[d.toks[k].key] && !d.inQuote[k] {
			return nil // "the framework for how the community can support X": the subject follows "how"
		}
		if d.inQuote[k] && !d.inQuote[i] || actorStop[d.toks[k].key] {
			if actorStop[d.toks[k].key] {
				return nil
			}
			continue // a quotation's words are not the actors of a verb outside it
		}
		m := d.mentionAt(k)
		if m == nil && k > 0 && anaphorDets[d.toks[k-1].key] {
			if e := d.headAnaphor(k); e != nil {
				// "this mission will support X": the mission named before
				if typeOK(pred, side, e.typ) {
					return []*entity{e}
				}
				return nil
			}
		}
		if m == nil && cartelNouns[d.toks[k].key] && side == sideSubj {
			// "These gangs have killed and continue attacking X", "the
			// organization works with Y": the groups named before
			if refs := d.subjectGroupAnaphor(k, sent, pred); refs != nil {
				return refs
			}
		}
		if m == nil && k > 1 && titleMods[d.toks[k-1].key] && d.toks[k-2].key == "the" && titleHeads[d.toks[k].key] {
			// "the Vice President expressed …": the person named before with that title
			if e := d.titlePhraseReferent(k-1, k); e != nil && typeOK(pred, side, e.typ) {
				return []*entity{e}
			}
			return nil
		}
		if m == nil && k > 0 && d.toks[k-1].key == "the" && (titleHeads[d.toks[k].key] || roleNouns[d.toks[k].key]) {
			// "the chairman met …": the person named before with that title
			if e := d.titleReferent(k); e != nil && typeOK(pred, side, e.typ) {
				return []*entity{e}
			}
			return nil
		}
		if m == nil && pairStateNouns[d.toks[k].key] {
			// "Both countries agreed to work together": the two states named before
			if pair := d.bothStates(k); pair != nil && typeOK(pred, side, schema.Government) {
				return pair
			}
		}
		if m == nil && d.toks[k].key == "we" {
			// "we will continue to work with X": the speaker's government
			// ("when we met": the speaker and another, not a government)
			if e := d.weGov(k); e != nil && pred != "metWith" && typeOK(pred, side, e.typ) {
				return []*entity{e}
			}
			return nil
		}
		if m == nil && d.toks[k].key == "i" && side == sideSubj {
			// "I am pleased to announce $5 million in aid for X": the
			// speaker's government gives it (relations_announcedi.go)
			if e := d.announcingSpeakerGov(k, i, pred); e != nil {
				return []*entity{e}
			}
		}
		if people, s := d.familyPlural(k); m == nil && people != nil {
			if !typeOK(pred, side, schema.Person) {
				return nil
			}
			if s >= 2 && d.toks[s-1].key == "and" {
				if pm := d.mentionAt(s - 2); pm != nil && pm.ent != nil && pm.e == s-1 && typeOK(pred, side, pm.ent.typ) {
					people = append(append(people, pm.ent), d.conjLeft(pm, pred, side)...) // "A and the X brothers"
				}
			}
			return people // "the X brothers are charged": each X named
		}
		if m == nil {
			if g, ok := pronounGender[d.toks[k].key]; ok && (g == 'm' || g == 'f') && (k == 0 || d.toks[k-1].key != "'s") {
				if e := d.resolvePronoun(k, g); e != nil && typeOK(pred, side, e.typ) {
					return []*entity{e}
				}
				return nil
			}
			continue
		}
		if m.s >= 2 && d.toks[m.s-1].key == "(" {
			if pm := d.mentionAt(m.s - 2); pm != nil && pm.ent == m.ent {
				m = pm // "Office of Foreign Assets Control (OFAC)"
			}
		}
		if m.ent != nil && m.ent.typ != schema.Person && !m.attached && d.modifierOfHead(m, i) && !forceActs[pred] {
			k = m.s // "Mexican government officials hosted": the officials; but "ERO officers arrested X": ERO
			continue
		}
		if m.ent != nil && m.ent.typ != schema.Person && !m.attached {
			if t, ok := d.titleOf(m); ok {
				// "the commander of X visited": the holder of the title
				if e := d.titleHolder(t, sent); e != nil && typeOK(pred, side, e.typ) {
					return []*entity{e}
				}
				return nil
			}
		}
		if pred == "metWith" {
			if p, ok := d.stateOfficialAt(m, i); ok {
				if p != nil && typeOK(pred, side, p.typ) {
					return []*entity{p} // "Colombia's Minister of Defense visits X": the minister
				}
				return nil
			}
		}
		if side == sideSubj && d.placeBeforeInfinitive(m, i) {
			if d.infinitiveBeforeName(m.s, sent) {
				return nil // "agreed to expand immigration from Honduras to support X": no actor
			}
			k = m.s // "troops in Haiti to support X": a place, not the actor
			continue
		}
		if (m.ent == nil || m.attached) && side == sideSubj && pred == "cooperatesWith" && d.demonymPeopleSubject(m.e, i) {
			if g := d.govOf(m); g != nil && typeOK(pred, side, g.typ) {
				return []*entity{g} // "Colombian law enforcement and prosecution authorities worked with X": Colombia
			}
		}
		if m.ent == nil || m.attached || !typeOK(pred, side, m.ent.typ) {
			k = m.s
			continue
		}
		// "the Treasury's Office of Foreign Assets Control sanctioned",
		// "ICE's Homeland Security Investigations arrested": the office
		// acts, not the body that owns it
		if b := d.actingThrough(m); b != nil && typeOK(pred, side, b.ent.typ) {
			m = b // "the Department of Homeland Security through HSI have collaborated": the department
		}
		if h := d.throughListHead(m); h != nil && pred == "cooperatesWith" && side == sideSubj && typeOK(pred, side, h.ent.typ) {
			m = h // "the Department, through A, B and C, will work to": the department (relations_throughlist.go)
		}
		return append([]*entity{m.ent}, d.conjLeft(d.aliasItemName(m), pred, side)...)
	}
	return nil
}

// whClauseOpeners open a clause whose subject stands between them and its
// verb: no actor before them is that verb's subject.
var whClauseOpeners = set("how", "why", "whether")

// conjLeft returns the actors coordinated before mention m: "A and B",
// "A, B and C", over titles ("A and Commander of Y General B").
func (d *doc) conjLeft(m *mention, pred string, side int) []*entity {
	var out []*entity
	sent := d.toks[m.s].sent
	k := m.s - 1
	for len(out) < 30 {
		// over the title words of m
		j := k
		if j >= 0 && d.toks[j].key == ")" {
			for o := j - 1; o >= 0 && o > j-12 && d.toks[o].sent == sent; o-- {
				if d.toks[o].key == "(" {
					j = o - 1 // "X (AKA "El Y")"
					break
				}
			}
		}
		for j >= 0 && d.toks[j].sent == sent && j > k-12 && (d.skippableLeft(j) || d.titleInnerAnd(j)) {
			if pm := d.mentionAt(j); pm != nil {
				j = pm.s
			}
			j--
		}
		if j >= 0 && d.toks[j].sent == sent && d.toks[j].key == ";" && len(out) > 0 {
			if a := d.semicolonItemBack(j); a != j {
				j = a + 1 // "A, 39; B, 27; and C": B's semicolon, an item's end (relations_semilist.go)
			}
		}
		if j < 0 || d.toks[j].sent != sent || !(d.toks[j].key == "and" || d.toks[j].key == "," || d.toks[j].key == "&" || d.toks[j].key == ";" && d.semicolonItemBack(j) != j) {
			return out
		}
		if a := d.counterpartHeadBack(j, sent); a >= 0 {
			j = a // "A and his Mexican counterpart, B, met": B's "and"
		}
		if len(out) == 0 && d.toks[j].key == "," {
			return out // a list ends in "and C": "with X, Y asked" is none
		}
		if a, ok := d.aliasListItem(j); ok {
			j = a + 1 // "A, aka B; and C": A
		}
		j--
		if j >= 0 && d.toks[j].key == "," {
			j-- // "A, B, and C"
		} else if j >= 0 && d.toks[j].key == ";" {
			if a := d.semicolonItemBack(j); a != j {
				j = a // "A, 39; and B": A
			}
		}
		j = d.memberStatesBack(j)        // "A, CARICOM member nations, and B": CARICOM
		j = d.skipAgeResidenceBack(j)    // "A, 45, of Lima, and B"
		j = d.apposedTitleBack(j, sent)  // "A, deputy commander, and B"
		j = d.kinAppositionBack(j, sent) // "A, the brother of B, and C"
		if j >= 0 && d.toks[j].key == ")" {
			for o := j - 1; o >= 0 && o > j-12 && d.toks[o].sent == sent; o-- {
				if d.toks[o].key == "(" {
					j = o - 1 // "A (AKA “El Y”) and B"
					break
				}
			}
		}
		pm := d.mentionAt(j)
		if h := d.appositiveTitleHolder(pm, sent); h != nil && typeOK(pred, side, h.ent.typ) {
			pm = h // "A, Commander of B (C), and D met": A, not the body of A's title
		}
		if pm == nil || pm.ent == nil || pm.attached || !typeOK(pred, side, pm.ent.typ) || d.inQuote[j] && !d.inQuote[m.s] {
			return out // quoted words coordinate only with quoted words ("“A and B work together”")
		}
		if p := pm.s - 1; p >= 0 && frontPreps[d.toks[p].key] && d.toks[pm.e].key == "," && (p == 0 || d.toks[p-1].sent != sent || d.toks[p-1].key == ",") {
			return out // "In Guatemala, X joined": a place, not an actor
		}
		if pp := d.personOfCountry(pm); pp != nil && typeOK(pred, side, pp.ent.typ) {
			pm = pp // "President A of the United States and President B met": A
		}
		out = append(out, pm.ent)
		k = pm.s - 1
	}
	return out
}

// frontPreps open a fronted phrase ("In Guatemala, …").
var frontPreps = set("in", "at", "from", "during", "after", "before", "across", "throughout", "inside", "within")

// skippableLeft reports whether token j may stand between a coordinator
// and the actor after it: a title word, an attached mention, "the", "of".
func (d *doc) skippableLeft(j int) bool {
	t := d.toks[j]
	if m := d.mentionAt(j); m != nil {
		return m.attached || m.ent == nil || m.ent.typ != schema.Person && m.e < len(d.toks) && d.toks[m.e].key != "and"
	}
	switch t.key {
	case "the", "of", "(", ")", "'s", "for", "'", "to":
		return true // "Ambassador to Mexico X"
	}
	if _, kin := kinNouns[strings.TrimSuffix(t.key, "s")]; kin && t.kind == tWord && !t.cap {
		return true // "A and brothers B and C": the relatives named
	}
	return t.kind == tWord && (t.cap && !stopCaps[t.key] || titleHeads[t.key] || titleMods[t.key] || roleNouns[t.key])
}

// conjSkip are the words allowed between a coordinator and the next actor
// on the right: "and its leader, X", "and the two top leaders of".
var conjSkip = set("the", "its", "their", "his", "her", "leader", "leaders", "head", "founder", "member", "members",
	"alleged", "top", "senior", "chief", "reputed", "suspected", "two", "three", "four", "five", "other", "of",
	"as", "well", "also", "(", ")", "'s", "counterpart", "counterparts", ".", "leadership", "for", "remnants")

// relConj are coordinators and clause openers, never part of a title.
var relConj = set("and", "or", "but", "nor", "while", "who", "which", "that")

// actorsRight returns the actors of side of pred from token i on: the
// first one within the clause and those coordinated with it.
func (d *doc) actorsRight(i, sent int, pred string, side int) []*entity {
	if i >= len(d.toks) {
		return nil // the cue is the text's last word: "- Ana Ruiz, Agency Head"
	}
	if side == sideObj && pred == "supports" && d.regimePeopleAt(i, sent) {
		return nil // "supporting the Cuban people" when the text speaks of the Cuban regime
	}
	if side == sideObj {
		if refs := d.groupAnaphor(i, sent, pred); refs != nil {
			return refs // "designated both gangs as terrorist organisations"
		}
		if g, ok := objectPronouns[d.toks[i].key]; ok && !schema.SymmetricRelations[pred] && typeOK(pred, side, schema.Person) {
			// "the United States has charged him": the person named before
			if d.unnamedPersonBefore(i) {
				return nil // "The Salvadoran noncitizen entered … Police apprehended him"
			}
			if e := d.resolvePronoun(i, g); e != nil && typeOK(pred, side, e.typ) {
				return []*entity{e}
			}
			return nil
		}
	}
	if e, ok := d.countryAnaphor(i, sent, pred, side); ok {
		return e // "U.S. support for the country": the country named before
	}
	if i+1 < len(d.toks) && anaphorDets[d.toks[i].key] && d.mentionAt(i+1) == nil && d.toks[i+1].sent == sent {
		if p := d.possessedTitleHolder(i+1, sent); p != nil && typeOK(pred, side, p.typ) {
			return []*entity{p} // "met with the division's commander, Gen. X": X
		}
		if e := d.headAnaphor(i + 1); e != nil {
			if typeOK(pred, side, e.typ) {
				return []*entity{e} // "support to this mission"
			}
			return nil
		}
		if side == sideObj && d.toks[i].key == "the" && d.titleReferent(i+1) == nil {
			if p := d.forwardHeadReferent(i + 1); p != nil && typeOK(pred, side, p.typ) {
				return []*entity{p} // "extradited the head of the country's biggest cartel. … the head of the X cartel Y"
			}
		}
		if t := d.toks[i+1]; d.toks[i].key != "the" && t.kind == tWord && !t.cap && side == sideObj && !cartelNouns[t.key] {
			return nil // "this effort": something unnamed
		}
		if side == sideObj && pred == "supports" {
			if of := d.activityOf(i+1, sent); of > 0 {
				return d.actorsRight(of+1, sent, pred, side) // "support the ongoing training of the police": the police
			}
		}
	}
	var out []*entity
	opposed := false
	k := i
	for ; k < len(d.toks) && d.toks[k].sent == sent && k < i+16; k++ {
		if actorStop[d.toks[k].key] || d.toks[k].key == "who" || d.toks[k].key == "which" || d.toks[k].key == "to" && k > i+1 ||
			side == sideObj && k > i && clauseOpeners[d.toks[k].key] && d.mentionAt(k) == nil {
			return nil // "its war against gangs after Marines killed …": the next clause's words
		}
		if side == sideObj && k > i && d.toks[k].key == "and" && k+1 < len(d.toks) && coordVerbs[d.toks[k+1].key] {
			return nil // "met with leaders of the region and underscored X's role": the next predicate's words
		}
		if d.inQuote[k] && !d.inQuote[i] && pred != "rejected" && !d.nicknameAt(k) {
			continue
		}
		m := d.mentionAt(k)
		if m == nil {
			if side == sideObj && k > i+1 && (placePreps[d.toks[k].key] || pred == "metWith" && d.toks[k].key == "at") && !d.peopleOfBody(k, pred) {
				return nil // "backing rival gangs within Ecuador", "hosted the minister at the Pentagon": a place
			}
			if oppositionWords[d.toks[k].key] {
				opposed = true // "opposition leaders from X": X's opponents, not its government
			}
			continue
		}
		if side == sideObj && k > i && d.toks[m.s-1].key == "," && m.e < len(d.toks) && speechVerbs[d.toks[m.e].key] {
			return nil // "… with Mexican defense leaders, Kirby added": the speaker, not a partner
		}
		if opposed && m.ent != nil && m.ent.typ == schema.Government {
			opposed = false
			k = m.e - 1
			continue
		}
		if m.ent == nil && side == sideObj && m.e < len(d.toks) && (peopleNouns[d.toks[m.e].key] ||
			counterpartNouns[d.toks[m.e].key] && pred != "metWith" || // "working with Mexican counterparts": Mexico; meeting them is meeting people
			pred == "cooperatesWith" && d.lawEnforcementPeers(m.e) || // "collaborated with Mexican law enforcement counterparts": Mexico
			pred == "supports" && d.nationEffort(m.e, sent) || // "supports Colombian efforts": Colombia
			m.s > 0 && d.wholeNationAt(m.s-1, sent)) { // "stands with all Guatemalans": Guatemala
			if g := d.govOf(m); g != nil && typeOK(pred, side, g.typ) {
				return []*entity{g} // "aid to the Haitian people": Haiti
			}
		}
		if m.ent == nil && side == sideSubj && forceActs[pred] && d.forceHeadAt(m.e) {
			if g := d.govOf(m); g != nil && typeOK(pred, side, g.typ) {
				return []*entity{g} // "arrested by Spanish law enforcement": Spain
			}
		}
		if m.ent == nil || !typeOK(pred, side, m.ent.typ) || m.attached && side == sideObj && pred != "leads" ||
			side == sideObj && m.ent.typ != schema.Person && d.modifiesPeople(m.e) {
			k = m.e - 1 // "designating four Sinaloa Cartel-linked individuals": the people, not the cartel
			continue
		}
		if side == sideObj && listedActs[pred] && (d.peopleOfGroupBefore(m.s) || d.tiedTargets(i, m.s)) {
			k = m.e - 1 // "sanctioned two members of the X cartel": the members, not the cartel
			if m.e < len(d.toks) && d.toks[m.e].key == "(" {
				if c := d.closeParen(m.e, sent); c > m.e {
					k = c // and its acronym: "members of X (XG)"
				}
			}
			continue
		}
		if side == sideObj && custodyActs[pred] && d.possessorOnly(m) {
			k = m.e // "arrested X's brother, Y": Y, not X
			continue
		}
		if pred == "attacked" && side == sideObj && d.populationOf(m) {
			k = m.e - 1 // "attacking the people of Haiti, … and X": a population, not the state
			continue
		}
		if a := d.obligationsUnder(m); a != nil && typeOK(pred, side, a.ent.typ) {
			m = a // "support for Colombia's commitments under the Peace Accord": the accord
		}
		if b := d.possessedBody(m); b != nil && typeOK(pred, side, b.ent.typ) {
			m = b // "with help from Mexico's Financial Intelligence Unit": the unit, not its state
		}
		if b := d.partNamed(m); b != nil && typeOK(pred, side, b.ent.typ) {
			m = b // "works with the ICE Homeland Security Investigations office": the office, not ICE
		}
		if m.ent.typ != schema.Person && typeOK(pred, side, schema.Person) {
			// "President of Ecuador X", "Mexican Secretary X"
			if p := d.personAfter(m.e, sent); p != nil {
				m = p
			} else if p := d.titleBodyHolder(m, sent); p != nil {
				m = p // "the Under Secretary of the State Department, Ambassador X": X
			}
		}
		out = append(out, m.ent)
		k = m.e
		break
	}
	if len(out) == 0 {
		return nil
	}
	// coordinated: ", B", "and B", ", and its leader, B"; after "and C"
	// a comma closes the list ("A, B and C, the D announced")
	closed := false
	for n := 0; k < len(d.toks) && d.toks[k].sent == sent && n < 30; n++ {
		held := false // the item holds a comma or a state: a semicolon may separate the next
		if out[len(out)-1].typ == schema.Person {
			if e := d.ofCountryEnd(k, sent); e > k {
				k, closed, held = e, false, true // "A and B of Chile, C of Peru": the "and" joined one state's people; "A of Chile; B of Peru; and C"
			}
		}
		if e := d.appositionEnd(k, sent); e > k && pred != "leads" && pred != "memberOf" {
			k, held = e, true // "X, a leader of Y, as well as Z"
		}
		if e := d.aliasAppositionEnd(k, sent, out[len(out)-1]); e > k {
			k, held = e, true // "A, known as X; B": A's other name
		}
		j, coord, and, kin := k, false, false, false
		aside := 0 // tokens inside parentheses: an acronym or short form does not lengthen the item
		for ; j < len(d.toks) && d.toks[j].sent == sent && j < k+12+aside; j++ {
			key := d.toks[j].key
			if !coord && side == sideObj && custodyActs[pred] && !d.toks[j].cap && (crimeGroupNouns[key] || groupAllianceNouns[key]) {
				continue // "the X gang coalition and the Y gang": the phrase's head after its named modifier
			}
			if coord && side == sideObj && custodyActs[pred] && relativeOfNouns[key] && !d.toks[j].cap {
				kin = kin || strings.HasSuffix(key, "s") // "X's spouse, A, and sons B, C and D": the sons' list goes on
				continue
			}
			if key == "(" {
				if c := d.closeParen(j, sent); c > j {
					aside += c - j + 1
					j = c // "X (AKA "El Y") and Z"
					continue
				}
			}
			if key == "and" || key == "," || key == "&" || key == "or" && j > k && d.toks[j-1].key == "," || j == k && held && d.semicolonListSep(j, sent) {
				coord = true // ", or B": a list, or a name and its alias
				and = and || key == "and" || key == "&"
				continue
			}
			if c := d.groupDescriptionEnd(j, sent); coord && c > j {
				j = c // "A and another senior member of the Y cartel, B": B
				continue
			}
			if c := d.possessedDescriptionEnd(j, sent); coord && c > j {
				j = c // "A, 61, and his firm, B": B
				continue
			}
			if d.ageAt(j) {
				continue // "A, 61, and B"
			}
			if c := d.residenceEnd(j, sent); coord && c > j {
				j = c - 1 // "A, 38, of Culiacan, and B"
				continue
			}
			if d.hyphenInName(j) {
				continue // "President-Elect X"
			}
			if conjSkip[key] || d.toks[j].kind == tWord && d.mentionAt(j) == nil && (d.toks[j].cap && !relConj[key] || titleHeads[key] || titleMods[key] || roleNouns[key]) {
				continue
			}
			if d.titleTo(j, k) {
				continue // "and Chief of Staff to the President X"
			}
			if pm := d.mentionAt(j); pm != nil && pm.s == j && coord && d.titleInnerAnd(j-1) {
				j = pm.e - 1 // "and Minister of Justice and Law, Y": a title's word naming no one
				continue
			}
			if e := d.unnamedItemEnd(j, sent); coord && e > j {
				j = e - 1 // "A, local prosecutors, and B": an item naming no one
				continue
			}
			if pm := d.mentionAt(j); pm != nil && (pm.attached || pm.ent == nil || !typeOK(pred, side, pm.ent.typ)) && j+1 < len(d.toks) &&
				(d.mentionAt(pm.e) != nil || pm.ent == nil && typeOK(pred, side, schema.Person) && d.personAfter(pm.e, sent) != nil) {
				j = pm.e - 1 // a modifier of the next actor: "Mexican President X"
				continue
			}
			break
		}
		pm := d.mentionAt(j)
		if !coord || closed && !and || pm == nil || pm.ent == nil || !typeOK(pred, side, pm.ent.typ) || d.inQuote[j] && !d.inQuote[i] {
			break
		}
		if !and && pm.ent.typ != schema.Person && out[len(out)-1].typ == schema.Person &&
			(d.toks[j-1].key == "of" || d.toks[j-1].key == "the" && d.toks[j-2].key == "of") {
			break // "X, the alleged leader of Y": an apposition of X
		}
		if d.modifierApposition(j, pm) {
			break // "X, the Y regime-sponsored enterprise": Y modifies an apposition of X
		}
		if !and && d.toks[j-1].key == "," && pm.e < len(d.toks) && speechVerbs[d.toks[pm.e].key] {
			break // "A, Vega said": the speaker, not an item
		}
		closed = closed || and && !kin
		if pm.ent.typ != schema.Person && typeOK(pred, side, schema.Person) {
			if p := d.personAfter(pm.e, sent); p != nil {
				pm = p // ", and Air Force Commander Gen. X"
			} else if p := d.titleBodyHolder(pm, sent); p != nil {
				pm = p // ", and the director of the agency, Ambassador X": X
			}
		}
		out = append(out, pm.ent)
		k = pm.e
	}
	return out
}

// possessedBody is the body a government's possessive names right after
// it ("Mexico's Financial Intelligence Unit"), or nil.
func (d *doc) possessedBody(m *mention) *mention {
	if m.ent == nil || m.ent.typ != schema.Government || m.e+1 >= len(d.toks) || d.toks[m.e].key != "'s" {
		return nil
	}
	b := d.mentionAt(m.e + 1)
	if b == nil || b.s != m.e+1 || b.ent == nil || b.ent.typ == schema.Government || b.ent.typ == schema.Person || b.ent.typ == schema.Agreement {
		return nil
	}
	return b
}
