// Titles written before a comma that a name follows: "Mexico's president,
// Claudia Sheinbaum", "The acting director of the national police, X,",
// "Its leader, former police officer X,".

package extract

import "github.com/newsgraph/newsgraph/schema"

// honorificStart is where the words before a name at token s begin once
// honorifics are skipped: "The Minister of National Security, the Hon. X,".
func (d *doc) honorificStart(s int) int {
	cs := s
	for cs > 0 && isHonorific(d.toks[cs-1].key) {
		cs--
	}
	if cs < s && cs > 0 && d.toks[cs-1].key == "the" {
		cs--
	}
	return cs
}

// isHonorific reports whether the token key is an honorific, of either
// gender or none ("Mrs.", "Dr.").
func isHonorific(key string) bool {
	_, ok := honorifics[key]
	return ok
}

// bodyTitleBeforeComma reads "The acting director of the national police,
// X,": a title and the body it is of, before a comma that the name (at m,
// its words starting at cs) follows.
func (d *doc) bodyTitleBeforeComma(p *entity, m *mention, cs int, add func(*entity, string, *entity, int)) (found bool) {
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
		if pk := d.toks[j].key; j > 0 && bodyPreps[pk] && d.toks[j].sent == d.toks[m.s].sent {
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
				org := om.ent
				if pk == "in" && org.typ == schema.Government && missionHeadTitle(d.titleText(title)) {
					// "The Chargé d'Affaires in Peru, X": the state a
					// mission's head is posted in hosts the post
					if org = d.inferOrgExcept(p, title, org.name, m.s); org == nil {
						return false
					}
				}
				om.attached = true
				add(p, d.titleText(title), org, m.s)
				found = true
			}
		}
	}
	return found
}

// itsTitleBeforeComma reads "Its leader, former police officer X,": a title
// before the comma that another title (items, before m) follows.
func (d *doc) itsTitleBeforeComma(p *entity, m *mention, items []roleItem, add func(*entity, string, *entity, int)) {
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

// titleBeforeComma reads "Mexico's president, Claudia Sheinbaum", "Its
// executive president, X", "A police spokeswoman, X,": one title before a
// comma that the name (at m, its words starting at cs) follows, with the
// body it names or one inferred. It returns that pair, or nil.
func (d *doc) titleBeforeComma(p *entity, m *mention, cs int, sentRoles string) []rolePair {
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
		if pp[0].org == nil {
			pp[0].org = d.listedBodyBefore(items2[0].tok) // "X's Deputy, A, and Chief of Staff, B"
		}
	}
	if len(pp) == 1 && pp[0].org == nil && d.hasHead(pp[0].title) && len(items2) > 0 && items2[0].tok > 0 &&
		d.toks[items2[0].tok-1].key == "the" {
		p.roles = append(p.roles, d.titleText(pp[0].title)) // "The governor, X,": a title without a body
	}
	if len(pp) == 1 && pp[0].org == nil && d.hasHead(pp[0].title) {
		guessedPP = true
		pp[0].org = d.serviceAgency(pp[0].title) // "A police spokeswoman, X,"
		if pp[0].org == nil {
			pp[0].org = d.delegationOf(m.s) // "Representing Peru were …; Secretary of Health, X;"
		}
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
		for _, it := range items2 {
			if it.m != nil {
				it.m.attached = true
			}
		}
		return pp
	}
	return nil
}
