// The actors of a cue: the entities to its left and right, through
// coordination, titles, parentheses and anaphora.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// actorStop ends the search for an actor: a clause or sentence boundary.
var actorStop = set(".", ";", ":", "?", "!", "said", "says", "told", "while", "whereas", "but", "although")

// actorsLeft returns the actors of side of pred ending before token i: the
// nearest one and those coordinated with it ("A, B and C").
func (d *doc) actorsLeft(i, sent int, pred string, side int) []*entity {
	for k := i - 1; k >= 0 && d.toks[k].sent == sent && k >= i-30; k-- {
		if d.toks[k].key == "," {
			if j := d.parentheticalBefore(k); j >= 0 {
				k = j // "A, in coordination with B, arrested": A
				continue
			}
		}
		if j := d.dashOpen(k, sent); j >= 0 {
			k = j // "A -- approved by B last year -- backs": A
			continue
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
		if m == nil && d.toks[k].key == "we" {
			// "we will continue to work with X": the speaker's government
			// ("when we met": the speaker and another, not a government)
			if e := d.weGov(k); e != nil && pred != "metWith" && typeOK(pred, side, e.typ) {
				return []*entity{e}
			}
			return nil
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
		if m.ent != nil && m.ent.typ != schema.Person && !m.attached && d.modifierOfHead(m, i) {
			k = m.s // "Mexican government officials hosted": the officials
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
		if m.ent == nil || m.attached || !typeOK(pred, side, m.ent.typ) {
			k = m.s
			continue
		}
		// "the United States' commitment": a possessor acts too
		out := []*entity{m.ent}
		if side == sideSubj && m.ent.typ == schema.Agency && m.s >= 2 && d.toks[m.s-1].key == "'s" {
			// "the Treasury's Office of Foreign Assets Control sanctioned":
			// the body that owns the office acts through it
			if pm := d.mentionAt(m.s - 2); pm != nil && pm.ent != nil && pm.ent.typ == schema.Agency && typeOK(pred, side, pm.ent.typ) {
				out = append(out, pm.ent)
			}
		}
		return append(out, d.conjLeft(m, pred, side)...)
	}
	return nil
}

// headNouns are the nouns a body's name may modify before a verb, making
// the unnamed people it qualifies the actors: "Mexican officials hosted".
var headNouns = set("officials", "official", "authorities", "forces", "troops", "agents", "officers", "police",
	"delegation", "counterparts", "representatives", "leaders", "diplomats", "negotiators", "lawmakers")

// modifierOfHead reports whether mention m modifies a head noun that
// stands between it and token i: "senior Government of Mexico officials".
func (d *doc) modifierOfHead(m *mention, i int) bool {
	if i <= m.e || i > m.e+2 {
		return false
	}
	for k := m.e; k < i; k++ {
		if !headNouns[d.toks[k].key] && !(k+1 < i && d.toks[k].key == "security") {
			return false
		}
	}
	return true
}

// titleOf reports whether mention m is the body of a title before it
// ("commander of U.S. Southern Command", "the head of the agency"), and
// returns the title's head word.
func (d *doc) titleOf(m *mention) (int, bool) {
	j := m.s - 1
	if j >= 0 && d.toks[j].key == "the" {
		j--
	}
	if j < 1 || d.toks[j].key != "of" || !titleHeads[d.toks[j-1].key] || d.mentionAt(j-1) != nil {
		return 0, false
	}
	return j - 1, true
}

// titleHolder is the person a title at token t names: the person in
// apposition before it ("X, commander of Y"), or for a definite title
// ("the commander of Y") the last person named with it.
func (d *doc) titleHolder(t, sent int) *entity {
	j := t - 1
	for j >= 0 && d.toks[j].sent == sent && j > t-4 && d.mentionAt(j) == nil && (titleMods[d.toks[j].key] || d.toks[j].key == "the" || d.toks[j].key == "a") {
		j--
	}
	if j >= 1 && d.toks[j].key == "," {
		if p := d.mentionAt(j - 1); p != nil && p.ent != nil && p.ent.typ == schema.Person {
			return p.ent
		}
	}
	if j >= 0 && d.toks[j+1].key == "the" {
		if e := d.titleReferent(t); e != nil {
			return e
		}
		return d.cataphoricHolder(t, sent) // "The commander of X visited Y. Gen. Z met …"
	}
	return nil
}

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
		for j >= 0 && d.toks[j].sent == sent && j > k-12 && d.skippableLeft(j) {
			if pm := d.mentionAt(j); pm != nil {
				j = pm.s
			}
			j--
		}
		if j < 0 || d.toks[j].sent != sent || !(d.toks[j].key == "and" || d.toks[j].key == "," || d.toks[j].key == "&") {
			return out
		}
		if len(out) == 0 && d.toks[j].key == "," {
			return out // a list ends in "and C": "with X, Y asked" is none
		}
		j--
		if j >= 0 && d.toks[j].key == "," {
			j-- // "A, B, and C"
		}
		if j >= 0 && d.toks[j].key == ")" {
			for o := j - 1; o >= 0 && o > j-12 && d.toks[o].sent == sent; o-- {
				if d.toks[o].key == "(" {
					j = o - 1 // "A (AKA “El Y”) and B"
					break
				}
			}
		}
		pm := d.mentionAt(j)
		if pm == nil || pm.ent == nil || pm.attached || !typeOK(pred, side, pm.ent.typ) || d.inQuote[j] {
			return out
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
	return t.kind == tWord && (t.cap && !stopCaps[t.key] || titleHeads[t.key] || titleMods[t.key] || roleNouns[t.key])
}

// conjSkip are the words allowed between a coordinator and the next actor
// on the right: "and its leader, X", "and the two top leaders of".
var conjSkip = set("the", "its", "their", "his", "her", "leader", "leaders", "head", "founder", "member", "members",
	"alleged", "top", "senior", "chief", "reputed", "suspected", "two", "three", "four", "five", "other", "of",
	"as", "well", "also", "(", ")", "'s", "counterpart", "counterparts", ".", "leadership", "for")

// relConj are coordinators and clause openers, never part of a title.
var relConj = set("and", "or", "but", "nor", "while", "who", "which", "that")

// actorsRight returns the actors of side of pred from token i on: the
// first one within the clause and those coordinated with it.
func (d *doc) actorsRight(i, sent int, pred string, side int) []*entity {
	if side == sideObj {
		if refs := d.groupAnaphor(i, sent, pred); refs != nil {
			return refs // "designated both gangs as terrorist organisations"
		}
		if g, ok := objectPronouns[d.toks[i].key]; ok && i < len(d.toks) && !schema.SymmetricRelations[pred] && typeOK(pred, side, schema.Person) {
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
		if e := d.headAnaphor(i + 1); e != nil {
			if typeOK(pred, side, e.typ) {
				return []*entity{e} // "support to this mission"
			}
			return nil
		}
		if t := d.toks[i+1]; d.toks[i].key != "the" && t.kind == tWord && !t.cap && side == sideObj && !cartelNouns[t.key] {
			return nil // "this effort": something unnamed
		}
	}
	var out []*entity
	k := i
	for ; k < len(d.toks) && d.toks[k].sent == sent && k < i+16; k++ {
		if actorStop[d.toks[k].key] || d.toks[k].key == "who" || d.toks[k].key == "which" || d.toks[k].key == "to" && k > i+1 {
			return nil
		}
		if d.inQuote[k] && !d.inQuote[i] && pred != "rejected" && !d.nicknameAt(k) {
			continue
		}
		m := d.mentionAt(k)
		if m == nil {
			if side == sideObj && k > i+1 && placePreps[d.toks[k].key] {
				return nil // "backing rival gangs within Ecuador": a place
			}
			continue
		}
		if m.ent == nil && side == sideObj && m.e < len(d.toks) && (peopleNouns[d.toks[m.e].key] ||
			counterpartNouns[d.toks[m.e].key] && pred != "metWith") { // "working with Mexican counterparts": Mexico; meeting them is meeting people
			if g := d.govOf(m); g != nil && typeOK(pred, side, g.typ) {
				return []*entity{g} // "aid to the Haitian people": Haiti
			}
		}
		if m.ent == nil || !typeOK(pred, side, m.ent.typ) || m.attached && side == sideObj && pred != "leads" ||
			side == sideObj && m.ent.typ != schema.Person && d.modifiesPeople(m.e) {
			k = m.e - 1 // "designating four Sinaloa Cartel-linked individuals": the people, not the cartel
			continue
		}
		if m.ent.typ != schema.Person && typeOK(pred, side, schema.Person) {
			// "President of Ecuador Daniel Noboa", "Mexican Secretary X"
			if p := d.personAfter(m.e, sent); p != nil {
				m = p
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
		if e := d.appositionEnd(k, sent); e > k && pred != "leads" && pred != "memberOf" {
			k = e // "X, a leader of Y, as well as Z"
		}
		j, coord, and := k, false, false
		for ; j < len(d.toks) && d.toks[j].sent == sent && j < k+12; j++ {
			key := d.toks[j].key
			if key == "(" {
				if c := d.closeParen(j, sent); c > j {
					j = c // "X (AKA "El Y") and Z"
					continue
				}
			}
			if key == "and" || key == "," || key == "&" || key == "or" && j > k && d.toks[j-1].key == "," {
				coord = true // ", or B": a list, or a name and its alias
				and = and || key == "and" || key == "&"
				continue
			}
			if conjSkip[key] || d.toks[j].kind == tWord && d.mentionAt(j) == nil && (d.toks[j].cap && !relConj[key] || titleHeads[key] || titleMods[key] || roleNouns[key]) {
				continue
			}
			if d.titleTo(j, k) {
				continue // "and Chief of Staff to the President X"
			}
			if pm := d.mentionAt(j); pm != nil && (pm.attached || pm.ent == nil || !typeOK(pred, side, pm.ent.typ)) && j+1 < len(d.toks) &&
				(d.mentionAt(pm.e) != nil || pm.ent == nil && typeOK(pred, side, schema.Person) && d.personAfter(pm.e, sent) != nil) {
				j = pm.e - 1 // a modifier of the next actor: "Mexican President X"
				continue
			}
			break
		}
		pm := d.mentionAt(j)
		if !coord || closed && !and || pm == nil || pm.ent == nil || !typeOK(pred, side, pm.ent.typ) || d.inQuote[j] {
			break
		}
		if !and && pm.ent.typ != schema.Person && out[len(out)-1].typ == schema.Person &&
			(d.toks[j-1].key == "of" || d.toks[j-1].key == "the" && d.toks[j-2].key == "of") {
			break // "X, the alleged leader of Y": an apposition of X
		}
		closed = closed || and
		if pm.ent.typ != schema.Person && typeOK(pred, side, schema.Person) {
			if p := d.personAfter(pm.e, sent); p != nil {
				pm = p // ", and Air Force Commander Gen. X"
			}
		}
		out = append(out, pm.ent)
		k = pm.e
	}
	return out
}

// peopleNouns after a demonym name a country's people, state or trade:
// "the Haitian people", "the Colombian government", "tariffs on Mexican
// goods".
var peopleNouns = lexWords.set("peopleNouns")

// objectPronouns are the object pronouns that refer back to a person.
var objectPronouns = map[string]byte{"him": 'm', "her": 'f'}

// closeParen is the token closing the parenthesis opened at j, within
// the sentence and twelve tokens, or -1.
func (d *doc) closeParen(j, sent int) int {
	for k := j + 1; k < len(d.toks) && d.toks[k].sent == sent && k < j+12; k++ {
		switch d.toks[k].key {
		case ")":
			return k
		case "(":
			return -1
		}
	}
	return -1
}

// anaphorDets open a definite description that may refer back.
var anaphorDets = set("the", "this", "that")

// headAnaphor resolves a definite description whose noun at token k is
// the last word of a body's name given in the twenty sentences before
// ("the Multinational Security Support Mission … this mission"): that
// body, or nil. People and governments are left to other rules, and a
// noun followed by more of a name ("the mission's", "the mission to
// Haiti") still refers.
func (d *doc) headAnaphor(k int) *entity {
	t := d.toks[k]
	if t.kind != tWord || t.cap || len(t.key) < 4 || k+1 < len(d.toks) && d.toks[k+1].kind == tWord && d.toks[k+1].cap {
		return nil
	}
	sent := t.sent
	for j := k - 1; j >= 0 && d.toks[j].sent >= sent-20; j-- {
		m := d.mentionAt(j)
		if m == nil || m.ent == nil {
			continue
		}
		j = m.s
		if m.ent.typ != schema.Organization && m.ent.typ != schema.Agreement && m.ent.typ != schema.Agency && m.ent.typ != schema.Cartel {
			continue
		}
		w := strings.Fields(fold(m.ent.name))
		if len(w) > 1 && w[len(w)-1] == t.key {
			return m.ent
		}
	}
	return nil
}

// placePreps introduce a place after an unnamed object.
var placePreps = set("within", "inside", "across", "throughout", "in")

// cartelNouns are the nouns that refer back to criminal groups named before
// ("the cartel", "both gangs").
var cartelNouns = map[string]bool{"cartel": true, "cartels": true, "gang": true, "gangs": true,
	"group": true, "groups": true, "organization": true, "organizations": true, "organisation": true, "organisations": true}

// groupCounts are the words that say how many groups a phrase refers to.
var groupCounts = map[string]int{"both": 2, "two": 2, "three": 3, "four": 4}

// groupAnaphor resolves a phrase at token i that refers back to criminal
// groups ("the cartel", "the gang", "both gangs", "the two cartels",
// "these groups", "all three of those organizations") to the cartels
// named most recently before it, within the three sentences before: one
// for a singular noun, as many as the phrase counts, else those of the
// nearest sentence that names any. nil when there is no such phrase, or
// nothing for it to refer to.
func (d *doc) groupAnaphor(i, sent int, pred string) []*entity {
	if !typeOK(pred, sideObj, schema.Cartel) || i >= len(d.toks) || d.mentionAt(i) != nil {
		return nil
	}
	k, want := i, 0
	if d.toks[k].key == "all" && k+2 < len(d.toks) {
		// "all three of those organizations", "all of these groups"
		k++
		if n, ok := groupCounts[d.toks[k].key]; ok {
			want, k = n, k+1
		}
		if d.toks[k].key != "of" {
			return nil
		}
		k++
	}
	switch d.toks[k].key {
	case "the", "these", "those", "this", "that", "both":
		if n, ok := groupCounts[d.toks[k].key]; ok && want == 0 {
			want = n
		}
		k++
	default:
		return nil
	}
	if k < len(d.toks) && d.toks[k].sent == sent {
		if n, ok := groupCounts[d.toks[k].key]; ok {
			want, k = n, k+1
		}
	}
	if k >= len(d.toks) || d.toks[k].sent != sent || !cartelNouns[d.toks[k].key] {
		return nil
	}
	plural := strings.HasSuffix(d.toks[k].key, "s")
	if !plural {
		want = 1
	}
	var out []*entity
	seen := map[*entity]bool{}
	nearest := -1
	for j := i - 1; j >= 0 && d.toks[j].sent >= sent-3; j-- {
		m := d.mentionAt(j)
		if m == nil || m.ent == nil {
			continue
		}
		j = m.s
		if m.ent.typ != schema.Cartel || seen[m.ent] {
			continue
		}
		if want == 0 && nearest >= 0 && d.toks[j].sent != nearest {
			break // plural, uncounted: the nearest sentence's groups
		}
		seen[m.ent] = true
		out = append(out, m.ent)
		nearest = d.toks[j].sent
		if want > 0 && len(out) == want {
			break
		}
	}
	if len(out) == 0 || want > 0 && len(out) < want {
		return nil
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l] // in the order they were named
	}
	return out
}

// titleReferent is the person a definite title at token k refers to ("the
// chairman"): the last one named in the five sentences before who holds a
// title with that word.
func (d *doc) titleReferent(k int) *entity {
	sent := d.toks[k].sent
	for j := k - 1; j >= 0 && d.toks[j].sent >= sent-5; j-- {
		m := d.mentionAt(j)
		if m == nil || m.ent == nil || m.ent.typ != schema.Person {
			continue
		}
		for _, t := range m.ent.roles {
			if containsWord(strings.ToLower(t), d.toks[k].key) {
				return m.ent
			}
		}
		// "Adm. X … the admiral": a rank written before the name
		for p := m.s - 1; p >= 0 && p >= m.s-2; p-- {
			if key := d.toks[p].key; key == d.toks[k].key || rankAbbrevs[key] == d.toks[k].key {
				return m.ent
			}
		}
		j = m.s
	}
	return nil
}

// rankAbbrevs are the abbreviated ranks and titles written before names.
var rankAbbrevs = map[string]string{"adm.": "admiral", "gen.": "general", "col.": "colonel", "lt.": "lieutenant",
	"maj.": "major", "capt.": "captain", "sgt.": "sergeant", "sen.": "senator", "rep.": "representative",
	"gov.": "governor", "amb.": "ambassador"}

// personAfter is the person mention a title starting at token i leads to
// ("of Ecuador Daniel Noboa"), over title words only, or nil.
func (d *doc) personAfter(i, sent int) *mention {
	for k := i; k < len(d.toks) && d.toks[k].sent == sent && k < i+10; k++ {
		if m := d.mentionAt(k); m != nil {
			if m.ent != nil && m.ent.typ == schema.Person {
				return m
			}
			k = m.e - 1
			continue
		}
		t := d.toks[k]
		if t.key == "and" && k > i && d.toks[k-1].cap && k+1 < len(d.toks) && d.toks[k+1].cap && d.mentionAt(k+1) == nil {
			continue // "National Security and Intelligence Advisor X"
		}
		if !(t.kind == tWord && t.cap && !relConj[t.key] || t.key == "of" || t.key == "the" || t.key == "'s" || t.key == "'" || t.key == "." || t.key == "(" || t.key == ")" || titleHeads[t.key] || titleMods[t.key]) {
			return nil
		}
	}
	return nil
}

// nicknameAt reports whether token k is in a quoted nickname read as a
// person ("extradited to the United States “El Nini,”").
func (d *doc) nicknameAt(k int) bool {
	m := d.mentionAt(k)
	return m != nil && m.rule == "entity/person:nickname"
}

// peopleOfGroup are the nouns for people a group's name may modify.
var peopleOfGroup = lexWords.set("peopleOfGroup")

// modifiesPeople reports whether a name ending before token e modifies a
// noun for people ("Sinaloa Cartel members") or makes a compound with one
// ("Sinaloa Cartel-linked individuals").
func (d *doc) modifiesPeople(e int) bool {
	if e >= len(d.toks) {
		return false
	}
	if t := d.toks[e]; t.key == "-" && !t.space && e+1 < len(d.toks) && !d.toks[e+1].cap {
		return true
	}
	return peopleOfGroup[d.toks[e].key] && !d.toks[e].cap
}
