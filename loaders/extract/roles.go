package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// roleItem is one piece of the words around a name: a title word or an
// organisation.
type roleItem struct {
	tok int
	org *entity // nil for a title word
	m   *mention
}

type rolePair struct {
	title []int // title tokens
	org   *entity
}

// isTitleTok reports whether token k may be part of a title.
func (d *doc) isTitleTok(k int) bool {
	t := d.toks[k]
	if t.kind != tWord || d.at[k] != 0 {
		return false
	}
	if titleHeads[t.key] || titleMods[t.key] {
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
	// "minister of justice and peace", "minister of justice and public
	// security": a coordinated portfolio after "of"
	if t.key == "and" && d.portfolioAnd(k) {
		return true
	}
	if k > 1 && d.toks[k-1].key == "and" && !t.cap && !funcWords[t.key] && d.portfolioAnd(k-1) {
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
	k := e - 1
	sent := -1
	if e < len(d.toks) {
		sent = d.toks[e].sent
	}
	for k >= 0 {
		if sent >= 0 && d.toks[k].sent != sent {
			break
		}
		if m := d.mentionAt(k); m != nil {
			if m.ent != nil && m.ent.typ != schema.Person && m.ent.typ != schema.Agreement {
				items = append(items, roleItem{tok: m.s, org: m.ent, m: m})
				k = m.s - 1
				continue
			}
			if m.class == mDemonym {
				ge := d.ents[string(schema.Government)+"|"+fold(m.country)]
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
			break
		}
		if d.toks[k].key == "'s" && k > 0 {
			if k >= 2 && (refNouns[d.toks[k-1].key] != 0 || headOfState[d.toks[k-1].key]) && d.toks[k-2].key == "the" && d.at[k-1] == 0 {
				break // "the country's minister", "the president's envoy": itsBefore reads the referent
			}
			k--
			continue
		}
		if d.isTitleTok(k) || d.toks[k].key == "-" && k > 0 && d.isTitleTok(k-1) {
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

func (d *doc) hasHead(title []int) bool {
	for _, k := range title {
		if titleHeads[d.toks[k].key] {
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

// findRoles reads the offices people hold from titles and appositions.
func (d *doc) findRoles() {
	seen := map[string]bool{}
	d.guessed = map[string]bool{}
	add := func(p *entity, title string, org *entity, at int) {
		if p != nil && org == nil && p.typ == schema.Person && title != "" {
			p.roles = append(p.roles, title) // "the governor said" can still find its holder
		}
		if p == nil || org == nil || org == p || p.typ != schema.Person {
			return
		}
		if strings.HasPrefix(fold(title), "and ") {
			return // "X, and the director of Y, Z": the next person's title
		}
		k := fold(p.name) + "|" + fold(org.name)
		if seen[k] {
			return
		}
		seen[k] = true
		ft := fold(title)
		r := schema.Role{Person: p.name, Title: title, Org: org.name,
			Former: strings.Contains(ft, "former") || strings.HasPrefix(ft, "ex-") || strings.HasPrefix(ft, "then")}
		d.roles = append(d.roles, r)
		p.roles = append(p.roles, title)
		// a post in a unit is a post in the body it belongs to
		if par := org.parent; par != nil && par.typ == schema.Agency && !seen[fold(p.name)+"|"+fold(par.name)] {
			seen[fold(p.name)+"|"+fold(par.name)] = true
			r.Org = par.name
			d.roles = append(d.roles, r)
		}
		_ = at
	}
	d.findParents()
	for mi := 0; mi < len(d.ments); mi++ {
		m := d.ments[mi]
		if m.ent == nil || m.ent.typ != schema.Person || m.quoted {
			continue
		}
		p := m.ent
		sentRoles := d.lastSentRole(m.s)
		var preTitle []int
		// titles and organisations before the name
		items := d.chainBefore(m.s)
		for _, it := range items {
			if it.m != nil {
				it.m.attached = true
			}
		}
		prs := rolePairs(items)
		// "The Minister of National Security, the Hon. X,": honorifics
		// between the comma and the name
		cs := m.s
		for cs > 0 && (func() bool { _, ok := honorifics[d.toks[cs-1].key]; return ok })() {
			cs--
		}
		if cs < m.s && cs > 0 && d.toks[cs-1].key == "the" {
			cs--
		}
		// "The acting director of the national police, X,"
		if len(prs) == 0 && cs > 3 && d.toks[cs-1].key == "," {
			if om := d.mentionAt(cs - 2); om != nil && om.ent != nil && om.e == cs-1 && om.ent.typ != schema.Person && om.ent.typ != schema.Agreement {
				// "The head of the Dominican anti-drug agency, the DNCD,
				// Vice Admiral X": the body's name in apposition
				if a := om.s - 1; a > 1 && d.toks[a].key == "the" && d.toks[a-1].key == "," {
					if om2 := d.mentionAt(a - 2); om2 != nil && om2.ent == om.ent && om2.e == a-1 {
						om = om2
					}
				}
				j := om.s - 1
				// "The head of Costa Rica's X, Name,"
				if j > 1 && d.toks[j].key == "'s" {
					if gm := d.mentionAt(j - 1); gm != nil && gm.ent != nil && gm.e == j {
						j = gm.s - 1
					}
				}
				if j > 0 && d.toks[j].key == "the" {
					j--
				}
				if pk := d.toks[j].key; j > 0 && (pk == "of" || pk == "for" || pk == "at" || pk == "with" || pk == "in") && d.toks[j].sent == d.toks[m.s].sent {
					var title []int
					possessor := false
					for _, it := range d.chainBefore(j) {
						if it.org == nil {
							title = append(title, it.tok)
						} else {
							possessor = true
						}
					}
					if possessor && om.ent.typ == schema.Government && (pk == "for" || pk == "with") {
						title = nil // "The UN's special envoy for Haiti, X": a remit; the title phrase reads it
					}
					// "The prosecutor leading the case for the X, Name,": a
					// short participle phrase between the title and the body
					if len(title) == 0 || !d.hasHead(title) {
						title = d.titleBeforeGap(j)
					}
					if len(title) > 0 && d.hasHead(title) {
						om.attached = true
						add(p, d.titleText(title), om.ent, m.s)
					}
				}
			}
		}
		// "Its leader, former police officer X,": a title before the comma
		// that another title follows
		if len(items) > 0 && items[0].tok > 1 && d.toks[items[0].tok-1].key == "," {
			plain := true
			for _, it := range items {
				if it.org != nil {
					plain = false
				}
			}
			if items2 := d.chainBefore(items[0].tok - 1); plain && len(items2) > 0 && items2[0].org == nil {
				if its := d.itsBefore(items2[0].tok); its >= 0 {
					var title []int
					for _, it := range items2 {
						title = append(title, it.tok)
					}
					if d.hasHead(title) {
						if org := d.itsReferent(its, title); org != nil {
							add(p, d.titleText(title), org, m.s)
						}
					}
				}
			}
		}
		// "Mexico's president, Claudia Sheinbaum", "Its executive president, X"
		if len(prs) == 0 && cs > 1 && d.toks[cs-1].key == "," {
			items2 := d.chainBefore(cs - 1)
			var pp []rolePair
			guessedPP := false
			for _, pr := range rolePairs(items2) {
				if d.hasHead(pr.title) {
					pp = append(pp, pr)
				}
			}
			if len(pp) == 1 && pp[0].org == nil && len(items2) > 0 {
				if its := d.itsBefore(items2[0].tok); its >= 0 {
					pp[0].org = d.itsReferent(its, pp[0].title)
				}
			}
			if len(pp) == 1 && pp[0].org == nil && d.hasHead(pp[0].title) && len(items2) > 0 && items2[0].tok > 0 &&
				d.toks[items2[0].tok-1].key == "the" {
				p.roles = append(p.roles, d.titleText(pp[0].title)) // "The governor, X,": a title without a body
			}
			if len(pp) == 1 && pp[0].org == nil && d.hasHead(pp[0].title) {
				guessedPP = true
				pp[0].org = d.serviceAgency(pp[0].title) // "A police spokeswoman, X,"
				if pp[0].org == nil && len(items2) > 0 && items2[0].tok > 0 && d.toks[items2[0].tok-1].key == "the" {
					// "The Minister of National Security, X,": a state office
					for _, k := range pp[0].title {
						// "The interior minister, X,": a lower-case minister
						// with a portfolio word before the head is a state
						// office too
						if stateTitles[d.toks[k].key] && (d.toks[k].cap || portfolioHeads[d.toks[k].key] && k > pp[0].title[0] &&
							!portfolioSkip[d.toks[k-1].key] && d.toks[k-1].kind == tWord) {
							pp[0].org = d.markGuess(p, d.inferOrg(p, pp[0].title, sentRoles, m.s))
							break
						}
					}
				}
				if pp[0].org == nil && len(items2) > 0 {
					pp[0].org = d.appointer(items2[0].tok) // "Canada named a fentanyl czar, X,"
				}
				if pp[0].org == nil && len(items2) > 0 && items2[0].tok > 0 {
					// "President X and her security minister, Y": the
					// government of the person "her" stands for
					if g, ok := possGender[d.toks[items2[0].tok-1].key]; ok {
						pp[0].org = d.possessorOrg(items2[0].tok-1, g, pp[0].title)
					}
				}
			}
			if guessedPP {
				d.markGuess(p, pp[0].org)
			}
			if len(pp) == 1 && pp[0].org != nil && d.hasHead(pp[0].title) {
				prs = pp
				for _, it := range items2 {
					if it.m != nil {
						it.m.attached = true
					}
				}
			}
		}
		// "The Minister of Government, X,": the "Ministry of Government"
		// the text names
		if len(prs) == 0 && cs > 4 && d.toks[cs-1].key == "," {
			if org, title := d.ministerOfBefore(cs - 1); org != nil {
				add(p, title, org, m.s)
			}
		}
		// "President Ricardo Maduro of Honduras"
		var ofOrg *entity
		if m.e+1 < len(d.toks) && d.toks[m.e].key == "of" {
			j := m.e + 1
			if d.toks[j].key == "the" && j+1 < len(d.toks) {
				j++
				// "Senator X of the opposition Y Party"
				for j+1 < len(d.toks) && j < m.e+4 && politicalAdjs[d.toks[j].key] && !d.toks[j].cap {
					j++
				}
			}
			if om := d.mentionAt(j); om != nil && om.ent != nil && om.s == j && om.ent.typ != schema.Person {
				ofOrg = om.ent
				om.attached = true
				// "of the Justice Department's Criminal Division"
				if om.e+1 < len(d.toks) && d.toks[om.e].key == "'s" {
					if om2 := d.mentionAt(om.e + 1); om2 != nil && om2.ent != nil && om2.s == om.e+1 &&
						(om2.ent.typ == schema.Agency || om2.ent.typ == schema.Organization) {
						ofOrg = om2.ent
						om2.attached = true
					}
				}
			}
		}
		var deferred [][]int
		formerBefore := false
		for _, pr := range prs {
			if !d.hasHead(pr.title) {
				// "former Paraguayan president X": the modifier before the
				// country belongs to the title after it
				for _, k := range pr.title {
					if key := d.toks[k].key; key == "former" || key == "ex" || key == "then" {
						formerBefore = true
					}
				}
				continue
			}
			if formerBefore && !strings.Contains(fold(d.titleText(pr.title)), "former") {
				formerBefore = false
				org := pr.org
				if org == nil {
					org = ofOrg
				}
				if org == nil {
					org = d.markGuess(p, d.inferOrg(p, pr.title, sentRoles, m.s))
				}
				add(p, "former "+d.titleText(pr.title), org, m.s)
				preTitle = pr.title
				continue
			}
			preTitle = pr.title
			org := pr.org
			if org == nil {
				org = ofOrg
			}
			if org == nil && prs[0].org == nil && len(items) > 0 {
				if its := d.itsBefore(items[0].tok); its >= 0 {
					org = d.itsReferent(its, pr.title)
				}
			}
			if org == nil && (d.partyTag(m.e) || d.usPartyApposition(m.e)) {
				org = d.usChamber(pr.title, false) // "Sen. X, R-Fla."
			}
			if org == nil && d.rankOnly(pr.title) && m.e < len(d.toks) && d.toks[m.e].key == "," {
				deferred = append(deferred, pr.title) // "Gen. X, director of the Y": the rank is the Y's
				continue
			}
			guess := org == nil
			if org == nil {
				org = d.inferOrg(p, pr.title, sentRoles, m.s)
			}
			if org == nil {
				org = d.recentInstitution(pr.title, m.s)
			}
			if org == nil {
				org = d.leadAgency(pr.title)
			}
			if org == nil {
				// "Sen. X:" in a roundup; "a hearing of the Senate Y
				// Subcommittee. Presiding: Sen. X" is the subcommittee's
				if org = d.usChamber(pr.title, true); org != nil {
					if b := d.legislatureBefore(m.s); b != nil {
						org = b
					}
				}
			}
			if guess && org != nil {
				d.guessed[fold(p.name)+"|"+fold(org.name)] = true
			}
			add(p, d.titleText(pr.title), org, m.s)
		}
		// "Carlos Méndez of Prensa Libre"
		if len(prs) == 0 && ofOrg != nil && ofOrg.typ != schema.Government {
			add(p, "member", ofOrg, m.s)
		}
		// appositions after the name
		if m.e < len(d.toks) && d.toks[m.e].key == "," {
			d.apposition(p, m, preTitle, add)
		} else if c := d.parenEnd(m.e); c > 0 && c+1 < len(d.toks) && d.toks[c+1].key == "," {
			// "Sen. X (D-Ohio), chair of the Y"
			d.appositionAt(p, m, c+2, preTitle, add)
		}
		// "Aldana was deputy chief of mission at the U.S. Embassy"
		if m.e+1 < len(d.toks) && (d.toks[m.e].key == "is" || d.toks[m.e].key == "was") && !m.quoted {
			d.appositionAt(p, m, m.e+1, preTitle, add)
		}
		for _, t := range deferred {
			org := d.agencyRoleOf(p)
			if org == nil {
				org = d.inferOrg(p, t, sentRoles, m.s)
				if org != nil {
					d.guessed[fold(p.name)+"|"+fold(org.name)] = true
				}
			}
			add(p, d.titleText(t), org, m.s)
		}
	}
	// "She is a senior fellow at the X", "He was ambassador to Peru"
	for i := 0; i+2 < len(d.toks); i++ {
		g, ok := pronounGender[d.toks[i].key]
		if !ok || g != 'm' && g != 'f' || d.inQuote[i] || d.toks[i+1].key != "is" && d.toks[i+1].key != "was" {
			continue
		}
		if i > 0 && d.toks[i-1].sent == d.toks[i].sent && d.toks[i-1].key != "," && d.toks[i-1].key != "and" {
			continue // only a clause's subject
		}
		if p := d.resolvePronoun(i, g); p != nil {
			d.appositionAt(p, &mention{s: i, e: i + 1, ent: p}, i+2, nil, add)
		}
	}
	// "She teaches law at the X", "He now leads research at the Y"
	for i := 0; i+2 < len(d.toks); i++ {
		g, ok := pronounGender[d.toks[i].key]
		if !ok || g != 'm' && g != 'f' || d.inQuote[i] || i > 0 && d.toks[i-1].sent == d.toks[i].sent {
			continue
		}
		if p := d.resolvePronoun(i, g); p != nil {
			if _, o, title := d.workClause(&mention{s: i, e: i + 1, ent: p}); o != nil {
				add(p, title, o, i)
			}
		}
	}
	// "the coalition, led by former police officer X", "a gang founded by X"
	for i := 1; i+2 < len(d.toks); i++ {
		k := d.toks[i].key
		if k != "led" && k != "headed" && k != "founded" && k != "run" && k != "commanded" && k != "directed" || d.toks[i+1].key != "by" || d.inQuote[i] {
			continue
		}
		j := i + 2
		for j < len(d.toks) && j < i+8 && d.at[j] == 0 && (d.isTitleTok(j) || d.toks[j].key == "the") {
			j++
		}
		pm := d.mentionAt(j)
		if pm == nil || pm.ent == nil || pm.ent.typ != schema.Person || pm.s != j {
			continue
		}
		org := d.groupBefore(i)
		if org == nil {
			continue
		}
		title := "leader"
		if k == "founded" {
			title = "founder"
		}
		add(pm.ent, title, org, i)
	}
	// "X now leads research at the Y", "X teaches law at the Y", "X spent
	// 22 years with the Y"
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Person || m.quoted {
			continue
		}
		if p, o, title := d.workClause(m); o != nil {
			add(p, title, o, m.s)
		}
	}
	// "he headed U.S. Space Command"
	for i := 1; i+1 < len(d.toks); i++ {
		k := d.toks[i].key
		past := k == "headed" || k == "led" || k == "commanded" || k == "directed" || k == "ran" || k == "chaired"
		now := k == "heads" || k == "leads" || k == "commands" || k == "directs" || k == "runs" || k == "chairs"
		if !past && !now {
			continue
		}
		j := i + 1
		if d.toks[j].key == "the" {
			j++
		}
		om := d.mentionAt(j)
		if om == nil || om.ent == nil || om.s != j || om.ent.typ != schema.Agency && om.ent.typ != schema.Organization && om.ent.typ != schema.Cartel {
			continue
		}
		var p *entity
		if g, ok := pronounGender[d.toks[i-1].key]; ok && (g == 'm' || g == 'f') {
			p = d.resolvePronoun(i-1, g)
		} else if pm := d.mentionAt(i - 1); pm != nil && pm.ent != nil && pm.ent.typ == schema.Person {
			p = pm.ent
		}
		title := "head"
		if past {
			title = "former head"
		}
		add(p, title, om.ent, i)
	}
	d.genericRoles(add)
	d.partyRoles(add)
	d.possessedOrgRoles(add)
	d.roleNounMentions()
}

// markGuess records that p's post at org was inferred, not stated, so that
// a body a title phrase states can replace it; it returns org.
func (d *doc) markGuess(p, org *entity) *entity {
	if org != nil {
		d.guessed[fold(p.name)+"|"+fold(org.name)] = true
	}
	return org
}

// apposition reads ", former deputy administrator of the DEA", ", the U.S.
// Trade Representative", ", Southcom commander", ", of the Global
// Initiative", ", who works in the X Unit".
func (d *doc) apposition(p *entity, m *mention, preTitle []int, add func(*entity, string, *entity, int)) {
	d.appositionAt(p, m, m.e+1, preTitle, add)
}

// appositionAt reads a title and organisation starting at token i.
func (d *doc) appositionAt(p *entity, m *mention, i int, preTitle []int, add func(*entity, string, *entity, int)) {
	former := false
	for i < len(d.toks) && (d.toks[i].key == "the" || d.toks[i].key == "a" || d.toks[i].key == "an" ||
		d.toks[i].key == "then" || d.toks[i].key == "now" || d.toks[i].key == "also" || d.toks[i].key == "currently" ||
		appointWords[d.toks[i].key] && i+1 < len(d.toks) && (d.isTitleTok(i+1) || d.toks[i+1].key == "as" || d.toks[i+1].key == "the")) {
		if d.toks[i].key == "then" {
			former = true
		}
		i++
	}
	if i >= len(d.toks) {
		return
	}
	if d.toks[i].key == "of" {
		j := i + 1
		if j < len(d.toks) && d.toks[j].key == "the" {
			j++
		}
		if om := d.mentionAt(j); om != nil && om.ent != nil && om.s == j && om.ent.typ != schema.Person {
			om.attached = true
			title := "member"
			if len(preTitle) > 0 {
				title = d.titleText(preTitle)
			}
			add(p, title, om.ent, m.s)
		}
		return
	}
	if d.toks[i].key == "who" {
		j := i + 1
		for j < len(d.toks) && clauseAdverbs[d.toks[j].key] {
			j++
		}
		// "who served as deputy interior minister until 2021": a post
		// held before; "who serves as X": one held now
		if j+2 < len(d.toks) && d.toks[j+1].key == "as" && asVerbs[d.toks[j].key] != 0 && d.isTitleTok(j+2) {
			if asVerbs[d.toks[j].key] == 'p' {
				d.appositionAt(p, m, j+2, preTitle, func(pe *entity, title string, org *entity, at int) {
					if ft := fold(title); !strings.Contains(ft, "former") {
						title = "former " + title
					}
					add(pe, title, org, at)
				})
				return
			}
			d.appositionAt(p, m, j+2, preTitle, add)
			return
		}
		if j < len(d.toks) && relVerbs[d.toks[j].key] {
			if j+1 < len(d.toks) && (d.toks[j].key == "is" || d.toks[j].key == "was") && electWords[d.toks[j+1].key] {
				d.relativeClause(p, j+1, preTitle, m.s, add) // "who was elected for the X party"
				return
			}
			if j+1 < len(d.toks) && (d.toks[j].key == "is" || d.toks[j].key == "was") && d.toks[j+1].key != "part" {
				d.appositionAt(p, m, j+1, preTitle, add)
				return
			}
			d.relativeClause(p, j, preTitle, m.s, add)
		}
		return
	}
	// a chain of titles and organisations
	j := i
	var items []roleItem
	// ", the group's founder": the group named before
	if i > 0 && i+2 < len(d.toks) && d.toks[i-1].key == "the" && d.toks[i+1].key == "'s" && d.at[i] == 0 && refNouns[d.toks[i].key] != 0 {
		if ref := d.nounReferent(i, refNouns[d.toks[i].key]); ref != nil && ref != p {
			items = append(items, roleItem{tok: i, org: ref})
			j = i + 2
		}
	}
	for j < len(d.toks) && d.toks[j].sent == d.toks[m.s].sent {
		if om := d.mentionAt(j); om != nil {
			if om.ent != nil && om.ent.typ != schema.Person && om.ent.typ != schema.Agreement {
				items = append(items, roleItem{tok: om.s, org: om.ent, m: om})
				j = om.e
				continue
			}
			if om.class == mDemonym {
				items = append(items, roleItem{tok: om.s, org: d.entity(schema.Government, om.country, om.s), m: om})
				j = om.e
				continue
			}
			break
		}
		if d.toks[j].key == "'s" {
			j++
			continue
		}
		if d.isTitleTok(j) || d.toks[j].key == "-" && j > i && d.isTitleTok(j-1) {
			items = append(items, roleItem{tok: j})
			j++
			continue
		}
		// lower-case and hyphenated modifiers before a head: "a
		// drug-trafficking expert", "a coca-growing region's envoy"
		if (d.toks[j].kind == tWord && !d.toks[j].cap || d.toks[j].key == "-" && !d.toks[j].space) && d.at[j] == 0 && d.lowerHeadAhead(j) {
			items = append(items, roleItem{tok: j})
			j++
			continue
		}
		break
	}
	prs := rolePairs(items)
	if len(prs) == 0 {
		return
	}
	// "a former Peruvian interior minister": the modifier before the
	// country belongs to the title after it
	for _, pr := range prs[:len(prs)-1] {
		for _, k := range pr.title {
			if key := d.toks[k].key; !d.hasHead(pr.title) && (key == "former" || key == "ex") {
				former = true
			}
		}
	}
	last := &prs[len(prs)-1]
	if !d.hasHead(last.title) {
		return
	}
	// "deputy director for operations at the X": a lower-case remit, then
	// the body
	if j+2 < len(d.toks) && (d.toks[j].key == "for" || d.toks[j].key == "of") && d.mentionAt(j+1) == nil && d.toks[j+1].key != "the" {
		for k := j + 1; k < len(d.toks) && k <= j+4; k++ {
			if tk := d.toks[k]; tk.kind != tWord || tk.cap || d.at[k] != 0 {
				break
			}
			if key := d.toks[k].key; k > j+1 && (key == "at" || key == "in") {
				j = k
				break
			}
		}
	}
	// "… of the Drug Enforcement Administration", "… in the Bureau of …"
	if j < len(d.toks) && (d.toks[j].key == "of" || d.toks[j].key == "in" || d.toks[j].key == "at" || d.toks[j].key == "for" || d.toks[j].key == "with") {
		k := j + 1
		if k < len(d.toks) && d.toks[k].key == "the" {
			k++
		}
		if k+1 < len(d.toks) && orgNouns[d.toks[k].key] && !d.toks[k].cap && d.at[k] == 0 {
			k++ // "director of the consultancy X"
		}
		// "at the Santo Domingo-based Foundation for X": a place before
		// "-based" describes the body
		if pm := d.mentionAt(k); pm != nil && pm.s == k && pm.e+2 < len(d.toks) && d.toks[pm.e].key == "-" &&
			(d.toks[pm.e+1].key == "based" || d.toks[pm.e+1].key == "headquartered") {
			k = pm.e + 2
		} else if pm == nil && k+3 < len(d.toks) && d.toks[k].cap && d.toks[k+1].key == "-" && d.toks[k+2].key == "based" {
			k += 3
		}
		if om := d.mentionAt(k); om != nil && om.s == k {
			// "the Colombian National Police's Anti-Narcotics Directorate"
			if om.e+1 < len(d.toks) && d.toks[om.e].key == "'s" {
				if om2 := d.mentionAt(om.e + 1); om2 != nil && om2.ent != nil && om2.s == om.e+1 {
					om.attached = true
					om = om2
				}
			}
			var org *entity
			if om.ent != nil && om.ent.typ != schema.Person && om.ent.typ != schema.Agreement {
				org = om.ent
			} else if om.class == mDemonym {
				org = d.entity(schema.Government, om.country, om.s)
			}
			if org != nil {
				om.attached = true
				remit := last.org != nil && (d.toks[j].key == "with" || d.toks[j].key == "for" && (org.typ == schema.Government || org.typ == schema.Cartel))
				if (last.org == nil || d.toks[j].key != "of") && !remit {
					last.org = org // not "the government's negotiator with the ELN"
				}
				// "the national member for Italy at Eurojust": the country
				// is the post's remit, the body after it its employer
				if org.typ == schema.Government && om.e+1 < len(d.toks) {
					pe := om.e
					// "director of the Mexico program at the X"
					for pe < len(d.toks) && pe < om.e+2 && remitNouns[d.toks[pe].key] {
						pe++
					}
					if pk := d.toks[pe].key; pk == "at" || pk == "in" || pk == "with" || pk == "of" {
						k2 := pe + 1
						if d.toks[k2].key == "the" {
							k2++
						}
						if om2 := d.mentionAt(k2); om2 != nil && om2.s == k2 && om2.ent != nil &&
							(om2.ent.typ == schema.Agency || om2.ent.typ == schema.Organization) {
							om2.attached = true
							last.org = om2.ent
						}
					}
				}
			}
		}
	}
	for _, it := range items {
		if it.m != nil {
			it.m.attached = true
		}
	}
	// "a former ambassador to Bolivia who now teaches at X", "the lead
	// prosecutor who handles the case for X"
	for k := j; k < len(d.toks) && k < j+6 && d.toks[k].sent == d.toks[m.s].sent; k++ {
		if key := d.toks[k].key; key == "," || key == ";" || d.toks[k].kind == tQuote {
			break
		}
		if d.toks[k].key == "who" {
			v := k + 1
			for v < len(d.toks) && clauseAdverbs[d.toks[v].key] {
				v++
			}
			if v < len(d.toks) && relVerbs[d.toks[v].key] && d.toks[v].key != "is" && d.toks[v].key != "was" {
				t := last.title
				if ft := fold(d.titleText(t)); former || strings.Contains(ft, "former") || strings.HasPrefix(ft, "ex") {
					t = nil // "a former ambassador who now teaches at X": not a former post at X
				}
				d.relativeClause(p, v, t, m.s, add)
			}
			break
		}
	}
	// "ambassador to Bolivia": the host country is not the post's
	if last.org == nil && j < len(d.toks) && d.toks[j].key == "to" {
		if lk := d.toks[last.title[len(last.title)-1]].key; lk == "ambassador" || lk == "envoy" {
			if om := d.mentionAt(j + 1); om != nil && om.ent != nil && om.ent.typ == schema.Government {
				om.attached = true
				last.org = d.inferOrgExcept(p, last.title, om.ent.name, m.s)
				if last.org == nil {
					prs = prs[:len(prs)-1]
				}
			}
		}
	}
	for _, pr := range prs {
		if !d.hasHead(pr.title) {
			continue
		}
		org := pr.org
		if org == nil {
			org = d.markGuess(p, d.inferOrg(p, pr.title, d.lastSentRole(m.s), m.s))
		}
		title := d.titleText(pr.title)
		if former && !strings.Contains(fold(title), "former") {
			title = "former " + title
		}
		add(p, title, org, m.s)
	}
}

// asVerbs take "as TITLE" in a relative clause: 'p' for a past post, 'c'
// for a current one.
var asVerbs = map[string]byte{"served": 'p', "worked": 'p', "acted": 'p', "serves": 'c', "works": 'c', "acts": 'c'}

// relVerbs open a relative clause that states an affiliation.
var relVerbs = set("is", "was", "works", "worked", "serves", "served", "heads", "headed", "leads", "led",
	"directs", "directed", "runs", "ran", "chairs", "chaired", "commands", "commanded", "oversees",
	"oversaw", "joined", "represents", "represented", "handles", "handled", "teaches", "taught", "lectures",
	"studies", "researches", "advises", "advised", "belongs", "belonged", "manages", "managed", "coordinates",
	"coordinated", "supervises", "supervised")

// remitNouns follow a country in a post's remit: "the Mexico program at X".
var remitNouns = set("program", "programme", "desk", "office", "team", "project", "portfolio", "affairs", "unit", "division")

// appointWords open a title in an apposition: "who was appointed head of".
var appointWords = set("appointed", "named", "elected", "promoted", "made", "as", "nominated", "confirmed", "installed")

// clauseAdverbs may sit between "who" and its verb.
// electWords after "who was" put the person in the body named after them.
var electWords = set("elected", "reelected", "re-elected", "hired", "employed", "recruited", "chosen", "nominated", "seconded")

var clauseAdverbs = set("now", "currently", "also", "still", "later", "previously", "once", "then", "today")

// relativeClause reads "who is part of an FBI team", "who works in the X
// Unit at FBI Headquarters" starting at token i.
func (d *doc) relativeClause(p *entity, i int, preTitle []int, at int, add func(*entity, string, *entity, int)) {
	title := "member"
	if len(preTitle) > 0 {
		title = d.titleText(preTitle)
	}
	sent := d.toks[i].sent
	for k := i; k < len(d.toks) && k < i+25 && d.toks[k].sent == sent; k++ {
		key := d.toks[k].key
		if key == "," || key == "that" || key == "which" || key == "who" || key == ";" || d.toks[k].kind == tQuote {
			return
		}
		if key == "and" && k+1 < len(d.toks) && !d.toks[k+1].cap && d.toks[k+1].kind == tWord {
			return
		}
		om := d.mentionAt(k)
		if om == nil || om.ent == nil {
			continue
		}
		if om.e < len(d.toks) && d.toks[om.e].key == "'s" {
			om.attached = true
			k = om.e
			continue // a possessive modifier of the organisation that follows
		}
		if om.ent.typ == schema.Agency || om.ent.typ == schema.Organization || om.ent.typ == schema.Cartel {
			om.attached = true
			add(p, title, om.ent, at)
		}
		k = om.e - 1
	}
}

// lastSentRole is the government of the last role given in the sentence of
// token i, for lists such as "President X, Defense Minister Y and ...".
func (d *doc) lastSentRole(i int) string {
	for k := len(d.roles) - 1; k >= 0; k-- {
		r := d.roles[k]
		pe := d.ents[string(schema.Person)+"|"+fold(r.Person)]
		if pe == nil {
			continue
		}
		// the person's mentions before i in i's sentence: a walk back
		// through the sentence, not through every mention of the article
		sent := d.toks[i].sent
		for k := i - 1; k >= 0 && d.toks[k].sent == sent; k-- {
			if m := d.mentionAt(k); m != nil && m.s == k && m.ent == pe {
				if d.g.countries[r.Org] != nil {
					return r.Org
				}
				break
			}
		}
		break
	}
	return ""
}

// inferOrg names the organisation of a bare title: a state office belongs
// to the person's government, a military rank to its armed forces.
// lastInstitution is the last agency or organisation named before token i.
func (d *doc) lastInstitution(i int) *entity {
	for k := i - 1; k >= 0; k-- {
		if m := d.mentionAt(k); m != nil && m.ent != nil && (m.ent.typ == schema.Agency || m.ent.typ == schema.Organization) {
			return m.ent
		}
	}
	return nil
}

func (d *doc) inferOrg(p *entity, title []int, sibling string, at int) *entity {
	military, state := false, false
	for _, k := range title {
		key := d.toks[k].key
		if militaryRanks[key] {
			military = true
		}
		if stateTitles[key] {
			state = true
		}
	}
	if a := d.serviceAgency(title); a != nil {
		return a
	}
	if !military && !state {
		return nil
	}
	for _, k := range title {
		if d.toks[k].key == "ambassador" || d.toks[k].key == "envoy" {
			// an ambassador with no country named is a foreign one: the
			// last other government named before, not the host's; a former
			// one's country is unknown
			if strings.Contains(fold(d.titleText(title)), "former") {
				return nil
			}
			return d.foreignGovernment(at)
		}
	}
	c := ""
	fromGaz := false
	if gp := d.g.people[fold(p.name)]; gp != nil {
		c = gp.country
	} else if len(p.toks) == 1 {
		if gp := d.g.people["|"+p.toks[0]]; gp != nil {
			c = gp.country
		}
	}
	fromGaz = c != ""
	if c == "" && state {
		// a government named earlier in the same sentence
		if k := d.countriesBefore(at) - 1; k >= 0 && d.toks[d.countries[k].tok].sent == d.toks[at].sent {
			c = d.countries[k].country
		}
	}
	if c == "" && state {
		// "In Caracas, Foreign Minister X": a capital named as the place
		// of the sentence
		for _, pl := range d.places {
			if pl.tok < at && d.toks[pl.tok].sent == d.toks[at].sent && pl.country != "" {
				c = pl.country
				fromGaz = true // the office's government, known though named only by its capital
			}
		}
	}
	if c == "" {
		c = sibling
	}
	if c == "" {
		c = d.dateline
	}
	if c == "" {
		c = d.dominant(false)
	}
	if c == "" {
		return nil
	}
	if military && !state {
		adj := c
		if ce := d.g.countries[c]; ce != nil {
			adj = ce.adj
		}
		if e := d.ents[string(schema.Agency)+"|"+fold(adj+" military")]; e != nil {
			return e
		}
	}
	ge := d.ents[string(schema.Government)+"|"+fold(c)]
	if ge == nil && fromGaz {
		// the office holder's government, known though not named
		ge = d.entity(schema.Government, c, at)
	}
	if ge == nil {
		return nil
	}
	return ge
}

// serviceWords in a bare title name the kind of force it belongs to.
var serviceWords = []string{"police", "army", "navy", "coast guard", "air force", "marine"}

// serviceAgency is the one agency of the article whose name has the
// service word of a bare title ("former police officer X" in an article
// about the National Civil Police).
func (d *doc) serviceAgency(title []int) *entity {
	t := " " + fold(d.titleText(title)) + " "
	for _, w := range serviceWords {
		if !strings.Contains(t, " "+w+" ") {
			continue
		}
		var found *entity
		for _, e := range d.entList {
			if e.typ != schema.Agency || e.mentions == 0 || !strings.Contains(" "+fold(e.name)+" ", " "+w+" ") {
				continue
			}
			if found != nil {
				return nil
			}
			found = e
		}
		return found
	}
	return d.portfolioBody(title)
}

// portfolioHeads are the titles of a ministry's or department's head.
var portfolioHeads = set("minister", "secretary", "ministers", "secretaries")

// portfolioSkip are title words that say nothing about the portfolio.
var portfolioSkip = set("former", "deputy", "vice", "acting", "then", "ex", "interim", "new", "outgoing", "incoming",
	"junior", "assistant", "under", "the", "of", "for", "and", "a", "an", "its", "their", "his", "her", "state",
	"cabinet", "federal", "national")

// bodyWords head the name of a ministry or department.
var bodyWords = []string{"ministry", "department", "secretariat", "secretary's office"}

// portfolioBody is the one ministry or department the article names whose
// name has every portfolio word of a minister's or secretary's title
// ("the interior minister" → the interior ministry, "homeland security
// secretary" → the Department of Homeland Security): the body a bare
// title belongs to when the text names it.
func (d *doc) portfolioBody(title []int) *entity {
	head := false
	var words []string
	for _, k := range title {
		t := d.toks[k]
		if portfolioHeads[t.key] {
			if t.cap {
				// "the Minister of Government" is the head of the
				// "Ministry of Government" the text names; "Interior
				// Minister X" is the office of state as written
				return d.ministryOf(title, k)
			}
			head = true
			if len(words) == 0 {
				// "the minister of justice and peace": the portfolio
				// words after the head name the ministry the text names
				for _, k2 := range title {
					if t2 := d.toks[k2]; k2 > k && t2.kind == tWord && !funcWords[t2.key] && t2.key != "and" && t2.letters >= 3 && d.at[k2] == 0 {
						words = append(words, spellUS(t2.key))
					}
				}
			}
			break // the portfolio words come before the head: "interior minister"
		}
		if t.kind != tWord || portfolioSkip[t.key] || t.letters < 3 || d.at[k] != 0 && t.cap {
			continue
		}
		if ps, _ := d.g.lookup(d.toks, k); len(ps) > 0 && (ps[0].kind == kDemonym || ps[0].kind == kEntity && ps[0].entry.typ == schema.Government) {
			continue
		}
		words = append(words, spellUS(t.key))
	}
	if !head || len(words) == 0 {
		return nil
	}
	var found *entity
	for _, e := range d.entList {
		if e.typ != schema.Agency || e.mentions == 0 {
			continue
		}
		name := " " + spellUSAll(fold(e.name)) + " "
		body := false
		for _, w := range bodyWords {
			if strings.Contains(name, " "+w+" ") {
				body = true
			}
		}
		if !body {
			continue
		}
		all := true
		for _, w := range words {
			if !strings.Contains(name, " "+w+" ") {
				all = false
				break
			}
		}
		if !all {
			continue
		}
		if found != nil && found != e {
			return nil // two such bodies: the title does not say which
		}
		found = e
	}
	return found
}

// ministryOf is the body the text names "Ministry/Department/Secretariat
// of WORDS" for a title "Minister/Secretary of WORDS" whose head is at
// title token h.
func (d *doc) ministryOf(title []int, h int) *entity {
	var words []string
	of := false
	for _, k := range title {
		if k <= h {
			continue
		}
		if !of {
			if d.toks[k].key != "of" || k != h+1 {
				return nil
			}
			of = true
			continue
		}
		words = append(words, d.toks[k].key)
	}
	if len(words) == 0 || len(words) == 1 && words[0] == "state" {
		return nil // "Secretary of State" is an office of the state itself
	}
	tail := " of " + strings.Join(words, " ")
	var found *entity
	for _, e := range d.entList {
		if e.typ != schema.Agency || e.mentions == 0 {
			continue
		}
		f := fold(e.name)
		for _, w := range bodyWords {
			if f == w+tail || f == w+" of the"+strings.TrimPrefix(tail, " of") {
				if found != nil && found != e {
					return nil
				}
				found = e
			}
		}
	}
	return found
}

// ministerOfBefore reads "[the] Minister of WORDS" ending just before
// token c and returns the body named "Ministry of WORDS" in the text.
func (d *doc) ministerOfBefore(c int) (*entity, string) {
	for h := c - 2; h >= 1 && h >= c-6; h-- {
		t := d.toks[h]
		if !portfolioHeads[t.key] || !t.cap || d.toks[h+1].key != "of" || d.toks[h].sent != d.toks[c].sent {
			continue
		}
		var title []int
		for k := h; k < c; k++ {
			if d.toks[k].kind != tWord {
				return nil, ""
			}
			title = append(title, k)
		}
		if org := d.ministryOf(title, h); org != nil {
			return org, d.titleText(title)
		}
		return nil, ""
	}
	return nil, ""
}

// spellUS folds British spellings of portfolio words to American ones.
func spellUS(w string) string {
	switch w {
	case "defence":
		return "defense"
	case "labour":
		return "labor"
	}
	return w
}

func spellUSAll(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		f[i] = spellUS(w)
	}
	return strings.Join(f, " ")
}

// roleNounMentions records "the chairman", "the secretary" as mentions of
// the person holding that office, for pronoun resolution.
func (d *doc) roleNounMentions() {
	var add []*mention
	for i := 1; i < len(d.toks); i++ {
		if d.toks[i-1].key != "the" || !roleNouns[d.toks[i].key] || d.at[i] != 0 || d.inQuote[i] {
			continue
		}
		if i+1 < len(d.toks) && (d.toks[i+1].cap || d.toks[i+1].key == "of") {
			continue
		}
		if p := d.resolveRoleNoun(i); p != nil {
			add = append(add, &mention{s: i - 1, e: i + 1, ent: p, typ: schema.Person})
		}
	}
	if len(add) == 0 {
		return
	}
	for _, m := range add {
		if d.at[m.s] == 0 {
			d.ments = append(d.ments, m)
		}
	}
	sortMentions(d.ments)
	d.reindex()
}

// findParents records the body a unit belongs to: "DEA's Phoenix Field
// Division", "the National Police's Anti-Narcotics Directorate".
func (d *doc) findParents() {
	for _, m := range d.ments {
		if m.ent == nil || m.s < 2 || d.toks[m.s-1].key != "'s" || m.ent.typ != schema.Agency && m.ent.typ != schema.Organization {
			continue
		}
		if pm := d.mentionAt(m.s - 2); pm != nil && pm.ent != nil && pm.ent != m.ent && m.ent.parent == nil &&
			(pm.ent.typ == schema.Agency || pm.ent.typ == schema.Organization) {
			m.ent.parent = pm.ent
		}
	}
}

// rankOnly reports whether a title is a military or police rank and nothing
// else ("Brig. Gen.", "Col.").
func (d *doc) rankOnly(title []int) bool {
	rank := false
	for _, k := range title {
		key := d.toks[k].key
		if stateTitles[key] || key == "agent" || key == "director" || key == "chief" {
			return false
		}
		if militaryRanks[key] {
			rank = true
		}
	}
	return rank
}

// agencyRoleOf is the body of the last post recorded for p in an agency:
// the parent when the agency is a unit of one.
func (d *doc) agencyRoleOf(p *entity) *entity {
	for k := len(d.roles) - 1; k >= 0; k-- {
		r := d.roles[k]
		if r.Person != p.name {
			continue
		}
		if o := d.ents[string(schema.Agency)+"|"+fold(r.Org)]; o != nil {
			if o.parent != nil && o.parent.typ == schema.Agency {
				return o.parent
			}
			return o
		}
	}
	return nil
}

// itsBefore returns the token of "its" just before a title starting at
// token t, allowing one or two adjectives between ("its jailed leader"),
// or -1.
func (d *doc) itsBefore(t int) int {
	for k, n := t-1, 0; k >= 0 && n < 3; k, n = k-1, n+1 {
		tk := d.toks[k]
		if tk.key == "its" {
			return k
		}
		if tk.key == "-" && !tk.space && k > 0 && tk.sent == d.toks[t].sent {
			n-- // "its best-known leader": a hyphenated adjective is one word
			continue
		}
		// "the country's interior minister", "the group's founder"
		if tk.key == "'s" && k >= 2 && (refNouns[d.toks[k-1].key] != 0 || headOfState[d.toks[k-1].key]) && d.toks[k-2].key == "the" && d.at[k-1] == 0 {
			return k
		}
		if tk.kind != tWord || tk.cap || d.at[k] != 0 || tk.sent != d.toks[t].sent {
			return -1
		}
	}
	return -1
}

// leaderTitles belong to a group's head, so "its leader" looks back for a
// group first.
var leaderTitles = set("leader", "boss", "founder", "co-founder", "kingpin", "chief", "head", "commander")

// itsReferent is the institution "its" at token i stands for: the last
// named before it, a criminal group first for a leader's title.
func (d *doc) itsReferent(i int, title []int) *entity {
	if d.toks[i].key == "'s" {
		if headOfState[d.toks[i-1].key] {
			return d.presidentGovernment(i - 1) // "the president's special envoy"
		}
		return d.nounReferent(i-1, refNouns[d.toks[i-1].key])
	}
	leader := false
	for _, k := range title {
		if leaderTitles[d.toks[k].key] {
			leader = true
		}
	}
	if leader {
		// the group or party named last in this sentence or the one
		// before: "The opposition X movement campaigned … Its leader"
		sent := d.toks[i].sent
		var first *entity // the first entity of the sentence before
		for k := i - 1; k >= 0 && d.toks[k].sent >= sent-1; k-- {
			if m := d.mentionAt(k); m != nil && m.ent != nil {
				if m.ent.typ == schema.Cartel || d.isParty(m) {
					return m.ent
				}
				if d.toks[k].sent == sent-1 {
					first = m.ent
				}
				k = m.s
			}
		}
		// "The UN mission called on both sides … Its head, X,": a
		// sentence opened by "Its" refers to the body that opened the one
		// before, not to a gang further back
		if first != nil && (first.typ == schema.Organization || first.typ == schema.Agency) && (i == 0 || d.toks[i-1].sent != sent) {
			return first
		}
		for k := i - 1; k >= 0 && k > i-400; k-- {
			if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ == schema.Cartel {
				return m.ent
			}
		}
	}
	return d.lastInstitution(i)
}

// groupNouns refer back to a criminal group or an institution.
var groupNouns = set("group", "gang", "cartel", "coalition", "faction", "organization", "organisation", "militia",
	"network", "alliance", "federation", "syndicate", "movement", "agency", "unit", "force", "guerrillas")

// groupBefore is the organisation a "led by" at token i describes: a named
// one just before it in the sentence, else the last named group before a
// noun such as "the coalition".
func (d *doc) groupBefore(i int) *entity {
	sent := d.toks[i].sent
	noun := false
	for k := i - 1; k >= 0 && d.toks[k].sent == sent; k-- {
		if m := d.mentionAt(k); m != nil && m.ent != nil {
			if t := m.ent.typ; t == schema.Cartel || t == schema.Organization || t == schema.Agency {
				return m.ent
			}
			if m.ent.typ == schema.Person {
				return nil
			}
			k = m.s
			continue
		}
		if groupNouns[d.toks[k].key] {
			noun = true
		}
	}
	if !noun {
		return nil
	}
	for k := i - 1; k >= 0 && k > i-200; k-- {
		if m := d.mentionAt(k); m != nil && m.ent != nil && (m.ent.typ == schema.Cartel || m.ent.typ == schema.Organization) {
			return m.ent
		}
	}
	return nil
}

// agencyTitles are posts inside an agency rather than a government:
// "Administrator X" in an agency's own release is that agency's.
var agencyTitles = set("administrator", "director", "commissioner", "agent", "spokesman", "spokeswoman",
	"spokesperson", "inspector", "superintendent", "investigator", "director-general")

// leadAgency is the organisation a bare agency title belongs to: the agency
// the article is about, named at least three times and more often than any
// other agency or organisation.
func (d *doc) leadAgency(title []int) *entity {
	ok := false
	for _, k := range title {
		if agencyTitles[d.toks[k].key] {
			ok = true
		}
	}
	if !ok {
		return nil
	}
	var best *entity
	bn, second := 0, 0
	for _, e := range d.entList {
		if e.typ != schema.Agency && e.typ != schema.Organization {
			continue
		}
		switch n := e.mentions; {
		case n > bn:
			best, bn, second = e, n, bn
		case n > second:
			second = n
		}
	}
	if best == nil || bn < 3 || bn == second || best.typ != schema.Agency {
		return nil
	}
	return best
}

// inferOrgExcept is inferOrg when the government it finds is not host
// ("ambassador to Bolivia" is not Bolivia's).
func (d *doc) inferOrgExcept(p *entity, title []int, host string, at int) *entity {
	o := d.inferOrg(p, title, d.lastSentRole(at), at)
	if o == nil || o.name == host {
		return nil
	}
	return o
}

// foreignGovernment is the last government named before token at other
// than the country the article is datelined from or mostly about.
func (d *doc) foreignGovernment(at int) *entity {
	host := d.dateline
	if host == "" {
		host = d.dominant(false)
	}
	for k := len(d.countries) - 1; k >= 0; k-- {
		c := d.countries[k]
		if c.tok >= at || c.country == host {
			continue
		}
		return d.ents[string(schema.Government)+"|"+fold(c.country)]
	}
	return nil
}

// recentInstitution is the agency or organisation a bare agency title
// belongs to when one is the subject of the sentence before or names the
// same sentence: "The Pentagon confirmed it. “…,” spokesman X said."
func (d *doc) recentInstitution(title []int, at int) *entity {
	ok := false
	for _, k := range title {
		if agencyTitles[d.toks[k].key] {
			ok = true
		}
	}
	if !ok || len(title) == 0 {
		return nil
	}
	var found *entity
	stops := 0
	for k := at - 1; k >= 0; k-- {
		if key := d.toks[k].key; (key == "." || key == "?" || key == "!") && !d.inQuote[k] {
			if stops++; stops > 1 {
				break
			}
		}
		m := d.mentionAt(k)
		if m == nil || m.ent == nil {
			continue
		}
		if m.ent.typ == schema.Person {
			return nil // someone else's sentence
		}
		if (m.ent.typ == schema.Agency || m.ent.typ == schema.Organization) && !m.attached && !m.quoted {
			if found != nil && found != m.ent {
				return nil // two candidates: unknown
			}
			found = m.ent
		}
		k = m.s
	}
	return found
}

// partyTag reports whether a US party-and-state tag follows token e:
// ", R-Fla.", ", D-Texas", " (D-Ohio)".
func (d *doc) partyTag(e int) bool {
	if e+3 >= len(d.toks) || d.toks[e].key != "," && d.toks[e].key != "(" || d.toks[e+2].key != "-" || d.toks[e+2].space {
		return false
	}
	k := d.toks[e+1].key
	return (k == "r" || k == "d" || k == "i") && d.toks[e+3].cap
}

// usPartyApposition reports whether ", a [Florida] Republican/Democrat"
// follows token e: a US legislator's party and state.
func (d *doc) usPartyApposition(e int) bool {
	if e+2 >= len(d.toks) || d.toks[e].key != "," || d.toks[e+1].key != "a" && d.toks[e+1].key != "the" {
		return false
	}
	for k := e + 2; k < len(d.toks) && k < e+6; k++ {
		switch d.toks[k].key {
		case "republican", "democrat", "democratic":
			return d.toks[k].cap
		}
		if !d.toks[k].cap && d.toks[k].key != "-" {
			return false
		}
	}
	return false
}

// legislatureBefore is the legislative body (a committee, a chamber)
// named last before token i in its paragraph, or nil.
func (d *doc) legislatureBefore(i int) *entity {
	for k := i - 1; k >= 0 && d.toks[k].para == d.toks[i].para; k-- {
		if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ == schema.Agency {
			n := fold(m.ent.name)
			if strings.Contains(n, "committee") || strings.Contains(n, "senate") || strings.Contains(n, "house of representatives") {
				return m.ent
			}
			k = m.s
		}
	}
	return nil
}

// usChamber is the government of a US legislator's title ("Sen.",
// "Representative"): as the gold has it, a member of Congress holds the
// office for the United States, not for a chamber. With abbrev, only the
// abbreviations count, which are US usage ("Sen. X" with no party tag).
func (d *doc) usChamber(title []int, abbrev bool) *entity {
	for _, k := range title {
		switch d.toks[k].key {
		case "sen.", "rep.":
			return d.entity(schema.Government, "United States", k)
		case "senator", "representative", "congressman", "congresswoman":
			if !abbrev {
				return d.entity(schema.Government, "United States", k)
			}
		}
	}
	return nil
}

// refNouns refer back to an actor of the kind they name: 'g' a government,
// 'c' a criminal group, 'a' an agency, 'o' another organisation.
var refNouns = map[string]byte{"country": 'g', "nation": 'g', "government": 'g', "state": 'g',
	"group": 'c', "gang": 'c', "cartel": 'c', "clan": 'c', "network": 'c', "faction": 'c', "militia": 'c',
	"crew": 'c', "agency": 'a', "ministry": 'a', "department": 'a', "force": 'a', "police": 'a',
	"unit": 'a', "service": 'a', "bureau": 'a', "office": 'a', "secretariat": 'a', "navy": 'a', "army": 'a',
	"institute": 'o', "centre": 'o', "center": 'o', "university": 'o', "tank": 'o', "company": 'o',
	"firm": 'o', "bank": 'o', "foundation": 'o', "organization": 'o', "organisation": 'o', "ngo": 'o',
	"association": 'o', "union": 'o', "newspaper": 'o', "consultancy": 'o', "observatory": 'o', "council": 'o',
	"federation": 'o', "coalition": 'o', "alliance": 'o', "chamber": 'o', "think-tank": 'o', "broadcaster": 'o',
	"station": 'o', "school": 'o', "college": 'o', "church": 'o', "party": 'o', "commission": 'o', "authority": 'a',
	"directorate": 'a', "command": 'a', "superintendency": 'a', "prosecutor's": 'a', "court": 'a', "congress": 'a',
	"senate": 'a', "assembly": 'a', "committee": 'a', "embassy": 'a', "consulate": 'a', "gendarmerie": 'a'}

// nounReferent is the actor "the country", "the group" at token i refers
// to: the last one of that kind named before it, or for a country the
// article's main government.
func (d *doc) nounReferent(i int, kind byte) *entity {
	if kind == 'g' {
		// "Paraguay deployed troops to its border with Brazil. The
		// country's minister …": the first government of the sentence before
		sent := d.toks[i].sent
		for k := i - 1; k >= 0 && d.toks[k].sent >= sent-1; k-- {
			if d.toks[k].sent == sent {
				continue
			}
			var first *entity
			for ; k >= 0 && d.toks[k].sent == sent-1; k-- {
				if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ == schema.Government {
					first = m.ent
					k = m.s
				}
			}
			if first != nil {
				return first
			}
			break
		}
	}
	if kind == 'a' || kind == 'o' {
		// "the committee's ranking member": the last body named a committee
		noun := d.toks[i].key
		for k := i - 1; k >= 0 && k > i-600; k-- {
			if m := d.mentionAt(k); m != nil && m.ent != nil {
				if (m.ent.typ == schema.Agency || m.ent.typ == schema.Organization) && containsWord(fold(m.ent.name), noun) {
					return m.ent
				}
				k = m.s
			}
		}
	}
	for k := i - 1; k >= 0 && k > i-600; k-- {
		m := d.mentionAt(k)
		if m == nil || m.ent == nil {
			if m != nil && m.class == mDemonym && kind == 'g' {
				if ge := d.ents[string(schema.Government)+"|"+fold(m.country)]; ge != nil {
					return ge
				}
			}
			continue
		}
		t := m.ent.typ
		switch {
		case kind == 'g' && t == schema.Government,
			kind == 'c' && t == schema.Cartel,
			kind == 'a' && t == schema.Agency,
			kind == 'o' && t == schema.Organization:
			return m.ent
		}
		k = m.s
	}
	if kind == 'g' {
		if c := d.dominant(false); c != "" {
			return d.ents[string(schema.Government)+"|"+fold(c)]
		}
	}
	return nil
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

// appointVerbs put a named body's new office holder after them: "Canada
// named a fentanyl czar, X".
var appointVerbs = set("named", "appointed", "nominated", "tapped", "picked", "chose", "hired", "installed", "names", "appoints")

// appointer is the government or body that appointed the title starting at
// token t: "Canada named a fentanyl czar".
func (d *doc) appointer(t int) *entity {
	k := t - 1
	// "a new fentanyl czar": up to two lower-case words before the title
	for n := 0; n < 2 && k > 0 && d.toks[k].kind == tWord && !d.toks[k].cap && d.at[k] == 0 &&
		!appointVerbs[d.toks[k].key] && d.toks[k].key != "a" && d.toks[k].key != "an" && d.toks[k].key != "its" && d.toks[k].key != "the"; n++ {
		k--
	}
	if k >= 0 && (d.toks[k].key == "a" || d.toks[k].key == "an" || d.toks[k].key == "its" || d.toks[k].key == "the") {
		k--
	}
	if k < 1 || !appointVerbs[d.toks[k].key] {
		return nil
	}
	// the subject: the last actor before the verb in its sentence
	for j := k - 1; j >= 0 && d.toks[j].sent == d.toks[t].sent; j-- {
		if m := d.mentionAt(j); m != nil && m.ent != nil {
			if ty := m.ent.typ; ty == schema.Government || ty == schema.Agency || ty == schema.Organization || ty == schema.Cartel {
				return m.ent
			}
			return nil
		}
	}
	return nil
}

// workVerbs state where someone works, with the title they give.
var workVerbs = map[string]string{"leads": "head", "heads": "head", "directs": "director", "runs": "head",
	"teaches": "teacher", "lectures": "lecturer", "works": "member", "researches": "researcher",
	"worked": "former member", "served": "former member", "taught": "former teacher", "spent": "former member"}

// workClause reads a clause of the person mention m that says where the
// person works: "X now leads research on Y at the Z", "X teaches law at the
// Z", "X spent 22 years with the Z". It returns the person, the body and a
// title, or a nil body.
func (d *doc) workClause(m *mention) (*entity, *entity, string) {
	i := m.e
	for i < len(d.toks) && clauseAdverbs[d.toks[i].key] {
		i++
	}
	if i >= len(d.toks) {
		return nil, nil, ""
	}
	verb := d.toks[i].key
	title, ok := workVerbs[verb]
	if !ok {
		return nil, nil, ""
	}
	years := false
	for k := i + 1; k < len(d.toks) && k <= i+9 && d.toks[k].sent == d.toks[i].sent; k++ {
		key := d.toks[k].key
		if key == "years" || key == "decades" || key == "months" {
			years = true
		}
		if key == "," || key == ";" || key == "and" || key == "who" || key == "that" || d.toks[k].kind == tQuote {
			break
		}
		if key != "at" && key != "for" && key != "with" && key != "in" {
			if d.at[k] != 0 {
				break // another name in between: not this clause's body
			}
			continue
		}
		if key == "with" && verb != "spent" && verb != "worked" && verb != "served" {
			continue // "works with the DEA": a partner, not an employer
		}
		if verb == "spent" && !years {
			return nil, nil, ""
		}
		j := k + 1
		if j < len(d.toks) && d.toks[j].key == "the" {
			j++
		}
		om := d.mentionAt(j)
		if om == nil || om.s != j || om.ent == nil || om.ent.typ != schema.Agency && om.ent.typ != schema.Organization {
			continue
		}
		om.attached = true
		return m.ent, om.ent, title
	}
	return nil, nil, ""
}

var possGender = map[string]byte{"his": 'm', "her": 'f'}

// possessorOrg is the government or body of the person "his" or "her" at
// token i stands for, for a state title after it ("her security
// minister"): that person's last state office's government.
func (d *doc) possessorOrg(i int, g byte, title []int) *entity {
	state := false
	for _, k := range title {
		if stateTitles[d.toks[k].key] {
			state = true
		}
	}
	if !state {
		return nil
	}
	p := d.resolvePronoun(i, g)
	if p == nil {
		return nil
	}
	for k := len(d.roles) - 1; k >= 0; k-- {
		if r := d.roles[k]; r.Person == p.name {
			if ge := d.ents[string(schema.Government)+"|"+fold(r.Org)]; ge != nil {
				return ge
			}
		}
	}
	return nil
}

// isParty reports whether the organisation mention m is a political party
// or movement: "the Liberal Party", "the ruling Morena party".
func (d *doc) isParty(m *mention) bool {
	if m == nil || m.ent == nil || m.ent.typ != schema.Organization {
		return false
	}
	f := fold(m.ent.name)
	if strings.HasSuffix(f, " party") || strings.HasSuffix(f, " movement") {
		return true
	}
	return m.e < len(d.toks) && (d.toks[m.e].key == "party" || d.toks[m.e].key == "movement") && !d.toks[m.e].cap
}

// partyRoles reads party affiliations written in prose after a person's
// name and title: "X, a member of the National Congress for the Liberal
// Party", "X, of the governing Morena party,", "X, a lawmaker from the
// ruling Y party", "X, leader of the Z movement".
func (d *doc) partyRoles(add func(*entity, string, *entity, int)) {
	for _, pm := range d.ments {
		if !d.isParty(pm) || pm.quoted {
			continue
		}
		b := pm.s - 1
		for b > 0 && (politicalAdjs[d.toks[b].key] && !d.toks[b].cap || d.toks[b].key == "the") {
			b--
		}
		if b <= 0 || d.toks[b].key != "for" && d.toks[b].key != "of" && d.toks[b].key != "from" {
			continue
		}
		prep := b
		title := "member"
		if h := d.toks[prep-1]; h.kind == tWord && titleHeads[h.key] && d.at[prep-1] == 0 {
			title = h.key // "leader of the X party", "a lawmaker from the Y party"
		}
		sent := d.toks[pm.s].sent
		for k := prep - 1; k >= 0 && k > prep-16 && d.toks[k].sent == sent; k-- {
			if m := d.mentionAt(k); m != nil && m.ent != nil {
				if m.ent.typ == schema.Person {
					if m.e < len(d.toks) && d.toks[m.e].key == "," {
						add(m.ent, title, pm.ent, pm.s)
					}
					break
				}
				if m.ent.typ == schema.Organization || m.ent.typ == schema.Cartel {
					break // another body's member
				}
				k = m.s
				continue
			}
			t := d.toks[k]
			if t.key == "," || t.key == "a" || t.key == "an" || t.key == "the" || t.key == "of" || t.key == "for" || t.key == "'s" ||
				t.key == "in" || t.key == "at" || t.kind == tWord && (titleHeads[t.key] || titleMods[t.key]) || t.kind == tWord && t.letters == 0 {
				continue
			}
			break
		}
	}
}

// lowerHeadAhead reports whether a title head follows token j within four
// tokens that are all lower-case words or hyphens inside a word.
func (d *doc) lowerHeadAhead(j int) bool {
	for k := j + 1; k < len(d.toks) && k <= j+4; k++ {
		t := d.toks[k]
		if d.at[k] != 0 || t.cap {
			return false
		}
		if t.kind == tWord && titleHeads[t.key] {
			return true
		}
		if t.kind != tWord && !(t.key == "-" && !t.space) {
			return false
		}
	}
	return false
}
