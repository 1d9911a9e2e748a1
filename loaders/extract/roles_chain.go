// Titles and organisations written before a name: the chain of title words
// and bodies ("Joint Chiefs Chairman Air Force Gen.") read right to left.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// isTitleTok reports whether token k may be part of a title.
func (d *doc) isTitleTok(k int) bool {
	t := d.toks[k]
	if t.kind != tWord || d.at[k] != 0 {
		return false
	}
	if t.key == "under" && !t.cap {
		return false // "under former president X": a preposition, not "Under Secretary"
	}
	if titleHeads[t.key] || titleMods[t.key] {
		return true
	}
	// "Senior Directors A and B": a plural title before the names it
	// gives, capitalised
	if d.pluralTitle(k) {
		return true
	}
	// "President-elect", "Minister-designate": a title not yet taken up
	if d.pendingTitle(k) {
		return true
	}
	// "special agent in charge"
	if t.key == "in" && k+1 < len(d.toks) && d.toks[k+1].key == "charge" && k > 0 && titleHeads[d.toks[k-1].key] {
		return true
	}
	// a capitalised portfolio before an office: "Public Safety Minister"
	if t.cap && !t.brk && !stopCaps[t.key] && d.g.given[t.key] == 0 {
		for j := k + 1; j < len(d.toks) && j <= k+2 && d.toks[j].cap && d.at[j] == 0 && !d.toks[j].brk; j++ {
			if titleHeads[d.toks[j].key] && stateTitles[d.toks[j].key] {
				return true
			}
		}
	}
	// "Senior Journalism Fellow": a capitalised field between a modifier
	// and a head
	if t.cap && !t.brk && !stopCaps[t.key] && d.g.given[t.key] == 0 && k > 0 && k+1 < len(d.toks) && d.toks[k-1].cap &&
		titleMods[d.toks[k-1].key] && d.toks[k+1].cap && titleHeads[d.toks[k+1].key] && d.at[k+1] == 0 {
		return true
	}
	// "Justice and Security Minister": two capitalised portfolios joined
	// before an office
	if t.key == "and" && d.capPortfolioAnd(k) || t.cap && k+2 < len(d.toks) && d.toks[k+1].key == "and" && d.capPortfolioAnd(k+1) {
		return true
	}
	// "minister of justice and peace", "minister of justice and public
	// security": a coordinated portfolio after "of"
	if t.key == "and" && d.portfolioAnd(k) {
		return true
	}
	if k > 1 && d.toks[k-1].key == "and" && !t.cap && !funcWords[t.key] && d.portfolioAnd(k-1) {
		return true
	}
	// "SOUTHCOM's Civilian Deputy", "SOUTHCOM Civilian Deputy": a
	// capitalised word between a body's name, possessive or not, and a
	// title head
	if t.cap && !t.brk && !stopCaps[t.key] && d.g.given[t.key] == 0 && k > 1 && k+1 < len(d.toks) &&
		d.toks[k+1].cap && titleHeads[d.toks[k+1].key] && d.at[k+1] == 0 {
		b := k - 1
		if d.toks[b].key == "'s" {
			b--
		}
		if m := d.mentionAt(b); m != nil && m.e == b+1 && m.ent != nil && m.ent.typ != schema.Person {
			return true
		}
	}
	// "Deputy to the Commander", "Adviser to the Minister": a title
	// that serves the holder of another office
	if t.key == "to" && d.servesOffice(k) || t.key == "the" && k > 0 && d.toks[k-1].key == "to" && d.servesOffice(k-1) {
		return true
	}
	// "secretary of state", "attorney general"
	if t.key == "of" && k+1 < len(d.toks) && k > 0 && titleHeads[d.toks[k-1].key] && d.at[k+1] == 0 &&
		(titleMods[d.toks[k+1].key] || d.toks[k+1].key == "the" && k+2 < len(d.toks) && d.at[k+2] == 0 && titleOf[d.toks[k+2].key]) {
		return true
	}
	return false
}

// portfolioAnd reports whether the "and" at token k joins two portfolios
// after "TITLE of": "minister of justice and peace". The word after it is
// a lower-case noun that ends the phrase or a title modifier.
func (d *doc) portfolioAnd(k int) bool {
	if k < 3 || k+1 >= len(d.toks) || !titleMods[d.toks[k-1].key] || d.toks[k-1].cap || d.at[k-1] != 0 {
		return false
	}
	of := -1
	for j := k - 2; j >= k-3 && j > 0; j-- {
		if d.toks[j].key == "of" && titleHeads[d.toks[j-1].key] {
			of = j
			break
		}
		if !titleMods[d.toks[j].key] {
			break
		}
	}
	if of < 0 {
		return false
	}
	n := d.toks[k+1]
	if n.kind != tWord || n.cap || d.at[k+1] != 0 || funcWords[n.key] || speechVerbs[n.key] {
		return false
	}
	if titleMods[n.key] {
		return true
	}
	// a noun that ends the phrase: "and peace,"
	if k+2 >= len(d.toks) {
		return true
	}
	switch d.toks[k+2].key {
	case ",", ".", ")", ";", ":":
		return true
	}
	return false
}

// titleOf may follow "of the" inside a title ("secretary of the navy").
var titleOf = set("navy", "army", "interior", "treasury", "air")

// chainBefore collects title words and organisations ending at token e-1.
func (d *doc) chainBefore(e int) []roleItem {
	var items []roleItem
	sent := -1
	if e < len(d.toks) {
		sent = d.toks[e].sent
	}
	// "Chargé d'Affaires, a.i. X": the acting holder's title
	if f := d.interimBefore(e); f >= 0 {
		for t := e - 1; t >= f; t-- {
			items = append(items, roleItem{tok: t})
		}
		e = f
	}
	k := e - 1
	// "Deputy Secretary of State for Management and Resources X": a remit
	// in capitals between the office and the name
	if f := d.remitBefore(e); f >= 0 {
		for t := e - 1; t >= f && !d.bodyOfTitle(f); t-- {
			items = append(items, roleItem{tok: t}) // a body's remit is left out
		}
		k = f - 1
		// "Vice Minister of Defense for Strategy and Planning X": the
		// office's portfolio before the remit
		if p := d.portfolioBefore(f); p >= 0 {
			for t := f - 1; t >= p; t-- {
				items = append(items, roleItem{tok: t})
			}
			k = p - 1
		}
	} else if f := d.portfolioBefore(e); f >= 0 {
		// "Secretary of Foreign Affairs X": a portfolio in capitals
		for t := e - 1; t >= f; t-- {
			items = append(items, roleItem{tok: t})
		}
		k = f - 1
	}
	for k >= 0 {
		if sent >= 0 && d.toks[k].sent != sent {
			break
		}
		if m := d.mentionAt(k); m != nil {
			if f := d.agreementRemit(m, len(items)); f >= 0 {
				// "Coordinator for the Los Angeles Declaration X": the
				// agreement is the post's remit
				for t := m.e - 1; t >= f; t-- {
					items = append(items, roleItem{tok: t})
				}
				k = f - 1
				continue
			}
			if m.ent != nil && m.ent.typ != schema.Person && m.ent.typ != schema.Agreement {
				items = append(items, roleItem{tok: m.s, org: m.ent, m: m})
				k = m.s - 1
				continue
			}
			if m.class == mDemonym {
				ge := d.govNamed(m.country)
				if ge == nil {
					ge = d.entity(schema.Government, m.country, m.s)
				}
				items = append(items, roleItem{tok: m.s, org: ge, m: m})
				k = m.s - 1
				continue
			}
			// "HSI Miami Special Agent in Charge X": a place between the
			// body and the title is the post's remit
			if m.class == mIgnore && len(items) > 0 && m.s > 0 && d.mentionAt(m.s-1) != nil && d.mentionAt(m.s-1).ent != nil {
				k = m.s - 1
				continue
			}
			// "President Biden's Special Advisor X": the possessor's government
			if m.ent != nil && m.ent.typ == schema.Person && m.e < len(d.toks) && d.toks[m.e].key == "'s" && len(items) > 0 && items[len(items)-1].org == nil {
				if g := d.personGov(m.ent); g != nil {
					items = append(items, roleItem{tok: m.s, org: g})
				}
			}
			break
		}
		// "ACRONYM)" after a body: "… Southern Command (SOUTHCOM) General X"
		if d.toks[k].key == ")" && k >= 2 && d.toks[k-2].key == "(" && d.toks[k-1].upper && titleWordsOnly(items) {
			k -= 3
			continue
		}
		// "President of Ecuador X", "Commander of the Southern Command
		// General X": a title before "of" and the body; a rank between the
		// body and the name is the name's
		// "Assistant Secretary of State for the Bureau of X (INL) Y": a
		// body after "for" too, when it is no state (a remit)
		isFor := d.forBody(k, items)
		if key := d.toks[k].key; (key == "of" || key == "the" && k > 0 && d.toks[k-1].key == "of" || isFor) && len(items) > 0 && items[len(items)-1].org != nil {
			ranksOnly := true
			for n, it := range items[:len(items)-1] {
				if d.serviceStylesRank(items, n) {
					continue // "… Planning Board Navy Adm. X": the service styles the rank
				}
				if it.org != nil || !militaryRanks[d.toks[it.tok].key] {
					ranksOnly = false
				}
			}
			j := k - 1
			if key == "the" {
				j--
			}
			var title []roleItem
			if f := d.remitBefore(j + 1); isFor && f >= 0 {
				for ; j >= f; j-- { // "… for Border Policy at the Y X": a remit in capitals
					title = append(title, roleItem{tok: j})
				}
			}
			// "Minister of the Interior of Peru X": "the" inside the title
			for j >= 0 && d.toks[j].sent == d.toks[k].sent && (d.isTitleTok(j) || d.toks[j].key == "the" && j > 0 && d.toks[j-1].key == "of" && d.isTitleTok(j-1)) {
				title = append(title, roleItem{tok: j})
				j--
			}
			if ranksOnly && len(title) > 0 && (titleHeads[d.toks[title[0].tok].key] || (isFor || d.portfolioOf(title)) && d.hasHeadItem(title)) {
				items = append(title, items[len(items)-1])
				k = j
				break
			}
		}
		// "U.S. Ambassador to Mexico X": the host country is the post's
		// remit, not its body
		// ("Ambassador to the Republic of Peru X": over the article)
		to := k
		if d.toks[k].key == "the" && k > 0 {
			to = k - 1
		}
		if d.toks[to].key == "to" && to > 0 && (d.toks[to-1].key == "ambassador" || d.toks[to-1].key == "envoy") && len(items) == 1 &&
			items[0].m != nil && items[0].org.typ == schema.Government {
			host := items[0].m
			items = items[:0]
			for t := host.e - 1; t >= to; t-- {
				items = append(items, roleItem{tok: t})
			}
			k = to - 1
			continue
		}
		if d.toks[k].key == "'s" && k > 0 {
			if k >= 2 && (refNouns[d.toks[k-1].key] != 0 || headOfState[d.toks[k-1].key]) && d.toks[k-2].key == "the" && d.at[k-1] == 0 {
				break // "the country's minister", "the president's envoy": itsBefore reads the referent
			}
			k--
			continue
		}
		if d.isTitleTok(k) || d.toks[k].key == "-" && k > 0 && d.isTitleTok(k-1) || d.serviceStylesRankAt(k, items) {
			items = append(items, roleItem{tok: k})
			k--
			continue
		}
		break
	}
	// reverse into text order
	for a, b := 0, len(items)-1; a < b; a, b = a+1, b-1 {
		items[a], items[b] = items[b], items[a]
	}
	// drop leading modifiers that are not part of a title ("in")
	for len(items) > 0 && items[0].org == nil && d.toks[items[0].tok].key == "in" {
		items = items[1:]
	}
	return items
}

// titleWordsOnly reports whether a chain read so far holds title words
// only, no body: "Secretary-General" before "(ACRONYM)".
func titleWordsOnly(items []roleItem) bool {
	for _, it := range items {
		if it.org != nil {
			return false
		}
	}
	return true
}

// rolePairs groups a chain into (title, organisation) pairs: "Joint Chiefs
// Chairman Air Force Gen." is (Chairman, Joint Chiefs), (Gen., Air Force).
func rolePairs(items []roleItem) []rolePair {
	var out []rolePair
	var org *entity
	var title []int
	for _, it := range items {
		if it.org != nil {
			if len(title) > 0 {
				out = append(out, rolePair{title: title, org: org})
				title = nil
			}
			org = it.org
			continue
		}
		title = append(title, it.tok)
	}
	if len(title) > 0 {
		out = append(out, rolePair{title: title, org: org})
	}
	return out
}

// pluralTitle reports whether token k is a plural title head right before
// a name, capitalised or after a title modifier: "Senior Directors A and
// B", "former prime ministers A, B and C", "customs officers A and B".
func (d *doc) pluralTitle(k int) bool {
	t := d.toks[k]
	return (t.cap || k > 0 && titleMods[d.toks[k-1].key] || d.acronymAgencyBefore(k)) && len(t.key) > 4 && strings.HasSuffix(t.key, "s") && titleHeads[strings.TrimSuffix(t.key, "s")] &&
		k+1 < len(d.toks) && d.at[k+1] != 0 && d.mentionAt(k+1).typ == schema.Person
}

func (d *doc) hasHead(title []int) bool {
	for _, k := range title {
		if titleHeads[d.toks[k].key] || d.pluralTitle(k) {
			return true
		}
	}
	return false
}

func (d *doc) titleText(title []int) string {
	if len(title) == 0 {
		return ""
	}
	return d.surface(title[0], title[len(title)-1]+1)
}

// titleBeforeGap reads "The prosecutor leading the case" before the
// preposition at token j: a title with "the" or "a" before it, then up to
// five lower-case words, the first a participle.
func (d *doc) titleBeforeGap(j int) []int {
	for k := j - 1; k > 0 && k >= j-6; k-- {
		t := d.toks[k]
		if t.kind != tWord || d.at[k] != 0 || t.sent != d.toks[j].sent || t.cap && k > 0 && !t.brk {
			return nil
		}
		if d.isTitleTok(k) && strings.HasSuffix(d.toks[k+1].key, "ing") {
			var title []int
			for _, it := range d.chainBefore(k + 1) {
				if it.org != nil {
					return nil
				}
				title = append(title, it.tok)
			}
			if len(title) == 0 || !d.hasHead(title) || title[0] == 0 {
				return nil
			}
			if a := d.toks[title[0]-1].key; a != "the" && a != "a" && a != "an" {
				return nil
			}
			return title
		}
	}
	return nil
}

// parenEnd returns the ")" closing a short parenthesis that opens at token
// i ("(D-Ohio)", "(PRI)"), or -1.
func (d *doc) parenEnd(i int) int {
	if i >= len(d.toks) || d.toks[i].key != "(" {
		return -1
	}
	for k := i + 1; k < len(d.toks) && k <= i+6; k++ {
		if d.toks[k].key == ")" {
			return k
		}
		if d.toks[k].brk || d.toks[k].key == "(" {
			return -1
		}
	}
	return -1
}

// remitBefore returns the "for" that opens a remit written in capitals
// right before token e ("for Management and Resources", "for the
// Americas") after a title word, or -1.
func (d *doc) remitBefore(e int) int {
	if k := d.principalBefore(e); k >= 0 {
		return k
	}
	if e > 0 && titleHeads[d.toks[e-1].key] {
		return -1 // "spokesman for President X": X holds the office after "for"
	}
	series := false // "for A, B, and C": a series in the remit
	for k := e - 1; k > 0 && k >= e-12; k-- {
		t := d.toks[k]
		if t.sent != d.toks[e-1].sent || d.at[k] != 0 && d.mentionAt(k) != nil && d.mentionAt(k).ent != nil {
			return -1
		}
		if k < e-8 && !series {
			return -1
		}
		switch {
		case t.key == "for":
			if k < e-1 && (d.isTitleTok(k-1) || d.bodyOfTitle(k) || d.portfolioBefore(k) >= 0) {
				return k
			}
			if k > 1 && k < e-1 && d.toks[k-1].key == "responsible" && d.isTitleTok(k-2) {
				return k - 1 // "Deputy Minister responsible for Port Safety": the remit as an adjective phrase
			}
			return -1
		case t.cap && t.kind == tWord, t.key == "and" || t.key == "of" || t.key == "the":
		case t.key == "," && k < e-1 && k > 1 && d.toks[k+1].key == "and" && d.toks[k-1].cap && d.toks[k-2].key == "," ||
			t.key == "," && k < e-1 && series && d.toks[k+1].cap:
			// "for Civilian Security, Democracy, and Human Rights X"
			series = true
		default:
			return -1
		}
	}
	return -1
}

// longTitleBefore reports whether a title written with a portfolio or a
// remit in capitals ends right before token s: "Under Secretary for A, B,
// and C X", "Vice Minister of Defense for Planning X".
func (d *doc) longTitleBefore(s int) bool {
	f := d.remitBefore(s)
	if f < 0 {
		f = d.portfolioBefore(s)
	}
	if f < 0 {
		return false
	}
	for k := f; k < s; k++ {
		if d.at[k] != 0 {
			return false // a body's name among the words
		}
	}
	items := d.chainBefore(s)
	return len(items) > 0 && items[len(items)-1].org == nil && d.hasHeadItem(items)
}

// agreementRemit returns where "for [the] AGREEMENT" starts when the
// agreement mention m, read back from a name with n chain items so far,
// is the remit of the title before it ("Coordinator for the X
// Declaration Y"), or -1.
func (d *doc) agreementRemit(m *mention, n int) int {
	if n > 0 || m.ent == nil || m.ent.typ != schema.Agreement {
		return -1
	}
	f := m.s - 1
	if f >= 0 && d.toks[f].key == "the" {
		f--
	}
	if f < 1 || d.toks[f].key != "for" || !d.isTitleTok(f-1) || !titleHeads[d.toks[f-1].key] {
		return -1
	}
	return f
}

// servesOffice reports whether the "to" at token k joins a title head to
// "the" and a capitalised office it serves: "Deputy to the Commander".
func (d *doc) servesOffice(k int) bool {
	return k > 0 && k+2 < len(d.toks) && titleHeads[d.toks[k-1].key] && d.at[k-1] == 0 && d.toks[k+1].key == "the" &&
		titleHeads[d.toks[k+2].key] && d.toks[k+2].cap && d.at[k+2] == 0 && d.toks[k+2].sent == d.toks[k].sent
}

// capPortfolioAnd reports whether the "and" at token k joins two
// capitalised portfolios before a state office: "Justice and Security
// Minister X", "Finance and Public Credit Secretary Y". The word before it
// is a capitalised common word, no name or body; the words after it up to
// the office are a capitalised portfolio.
func (d *doc) capPortfolioAnd(k int) bool {
	if k < 1 || k+2 >= len(d.toks) || d.toks[k].key != "and" {
		return false
	}
	p, n := d.toks[k-1], d.toks[k+1]
	if p.kind != tWord || !p.cap || p.brk || p.sent != n.sent || stopCaps[p.key] || d.g.given[p.key] != 0 || d.at[k-1] != 0 {
		return false
	}
	// the word after "and" opens a portfolio its office closes
	return n.kind == tWord && n.cap && !n.brk && !titleHeads[n.key] && d.isTitleTok(k+1)
}

// portfolioOf reports whether a title read right to left before "of" and a
// body ends in a portfolio after its own "of": "Minister of Defense" in
// "Minister of Defense of Peru X".
func (d *doc) portfolioOf(title []roleItem) bool {
	for n, it := range title {
		if n > 0 && it.org == nil && d.toks[it.tok].key == "of" {
			return true
		}
	}
	return false
}

// principalBefore returns the "to" of a staff post's principal written
// right before token e ("National Security Advisor to the Vice President
// X", "Special Assistant to the President X"), or -1: with "the" the
// principal goes unnamed, so the name after is the adviser's.
func (d *doc) principalBefore(e int) int {
	k := e - 1
	for k > 2 && e-k <= 3 && titleHeads[d.toks[k].key] || k > 2 && e-k <= 3 && d.toks[k].cap && d.toks[k].kind == tWord && k < e-1 {
		k--
	}
	if k < 2 || k == e-1 || d.toks[k].key != "the" || d.toks[k-1].key != "to" || !d.isTitleTok(k-2) ||
		d.toks[k-2].sent != d.toks[e-1].sent {
		return -1
	}
	return k - 1
}
