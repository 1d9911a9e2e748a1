package extract

import (
	"github.com/newsgraph/newsgraph/schema"
)

// The role rules that read title phrases (titlephrase.go) around a
// person's name where no more specific pattern gave a post: after the
// name or "who heads", before it, a body after a short description ("X of
// the Houston firm Y"), and a possessed body in apposition ("his firm,
// Y").

// genericRoles reads title phrases around each person not given a post by
// the specific patterns: "NAME, TITLE-PHRASE", "TITLE-PHRASE, [rank] NAME",
// "NAME, who heads/leads/runs [the] ORG", and a second apposition naming
// the body ("head of the police's unit, the General Directorate of X").
func (d *doc) genericRoles(add func(*entity, string, *entity, int)) {
	// people with a post whose body the text states; a body only guessed
	// (a bare rank's government) gives way to one a title phrase states
	has := map[string]bool{}
	for _, r := range d.roles {
		if !d.guessed[fold(r.Person)+"|"+fold(r.Org)] {
			has[fold(r.Person)] = true
		}
	}
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Person || m.quoted {
			continue
		}
		p := m.ent
		if has[fold(p.name)] {
			continue
		}
		d.ruled("role/title-phrase-after", 0, 0)
		done := d.titlePhraseAfter(p, m, has, add)
		// "NAME of the Houston firm ORG": a body after a short description
		if !done {
			d.ruled("role/body-after-description", 0, 0)
			done = d.bodyAfterDescription(p, m, add)
		}
		if done {
			has[fold(p.name)] = true
			continue
		}
		// TITLE-PHRASE, [rank] NAME
		d.ruled("role/title-phrase-before", 0, 0)
		done = d.titlePhraseBefore(p, m, has, add)
		if done {
			has[fold(p.name)] = true
		}
	}
}

// whoHeadVerbs, after "NAME, who", make NAME the head of the body after
// them, with the title they give.
var whoHeadVerbs = map[string]string{
	"leads": "head", "heads": "head", "runs": "head", "directs": "head", "chairs": "head", "manages": "head", "coordinates": "head",
	"led": "former head", "headed": "former head", "ran": "former head", "directed": "former head", "chaired": "former head",
	"managed": "former head", "coordinated": "former head", "founded": "founder",
}

// whoServeVerbs, after "NAME, who", open a title phrase or a body: "who
// is the X", "who serves as X", "who works for the Y".
var whoServeVerbs = lexWords.set("whoServeVerbs")

// giveTitlePhrase records the post title phrase tp gives person p (read at
// token at): its body, or a body in apposition after it ("head of the
// police's unit, the General Directorate for X"); a title without a body
// is kept on the person. It reports whether a post was recorded. has: the
// people who already hold a stated post.
func (d *doc) giveTitlePhrase(p *entity, tp titlePhrase, at int, has map[string]bool, add func(*entity, string, *entity, int)) bool {
	org := d.envoySender(tp, tp.org, at) // "our Ambassador to Y": a post of the sender, not of Y
	// "head of the police's unit, the General Directorate for X"
	if tp.e+1 < len(d.toks) && d.toks[tp.e].key == "," {
		j := tp.e + 1
		if d.toks[j].key == "the" {
			j++
		}
		if u := d.unitAfterAgency(j); u != nil && (org == nil || org.typ == schema.Government) {
			org = u // "X, Special Agent in Charge, Drug Enforcement Administration (DEA), Denver Field Division,"
		} else if m := d.mentionAt(j); m != nil && m.s == j && m.ent != nil && (m.ent.typ == schema.Agency || m.ent.typ == schema.Organization) &&
			(m.e >= len(d.toks) || d.toks[m.e].key == "," || d.toks[m.e].key == "." || d.toks[m.e].brk) {
			if org == nil || org.typ == schema.Government {
				org = m.ent
			}
		}
	}
	if org == nil {
		org = d.listItemBody(tp.e) // "X, Undersecretary of A, B and C, SEGOB; Y, …"
	}
	if org == nil || org.typ == schema.Government {
		if b := d.coordTitleBody(tp.e); b != nil {
			org = b // "X, Assistant to the President and NSC Coordinator for Y"
		}
	}
	if org == nil {
		add(p, d.titleText(tp.title), nil, at) // "the founder said" can still find its holder
		return false
	}
	if org == p {
		return false
	}
	// "analyst for the Andes at the X": no dangling article or preposition
	for len(tp.title) > 1 {
		if k := d.toks[tp.title[len(tp.title)-1]].key; k == "the" || portfolioPreps[k] {
			tp.title = tp.title[:len(tp.title)-1]
			continue
		}
		break
	}
	if !has[fold(p.name)] {
		d.dropGuessed(p, org)
	}
	add(p, d.titleText(tp.title), org, at)
	return true
}

// titlePhraseAfter reads a title phrase after the person mention m:
// "NAME, TITLE-PHRASE", "NAME (Party), chair of …", "NAME, 38, a
// spokeswoman for …", "NAME, who heads the X", "NAME, who serves as Y". It
// reports whether a post was recorded.
func (d *doc) titlePhraseAfter(p *entity, m *mention, has map[string]bool, add func(*entity, string, *entity, int)) bool {
	done := false
	after := m.e
	// "Congressman X (Liberal Party), chair of …": a party in
	// parentheses, then the apposition
	if c := d.parenEnd(m.e); c > 0 {
		if pm := d.mentionAt(m.e + 1); pm != nil && pm.s == m.e+1 && pm.e == c && pm.ent != nil && pm.ent.typ == schema.Organization {
			add(p, "member", pm.ent, m.s)
		}
		after = c + 1
	}
	// "X, 38, a spokeswoman for …": an age between the name and the
	// apposition
	if after+2 < len(d.toks) && d.toks[after].key == "," && d.toks[after+1].kind == tWord && d.toks[after+1].letters == 0 &&
		d.toks[after+2].key == "," {
		after += 2
	}
	// NAME, TITLE-PHRASE
	if after+1 < len(d.toks) && d.toks[after].key == "," {
		j := d.pastWhoDescription(after + 1) // "X, a former soldier who headed …"
		if k := d.toks[j].key; k == "who" && j+2 < len(d.toks) {
			j++
			for j < len(d.toks) && clauseAdverbs[d.toks[j].key] {
				j++
			}
			v := d.toks[j].key
			switch {
			case whoHeadVerbs[v] != "":
				k := j + 1
				if k < len(d.toks) && d.toks[k].key == "the" {
					k++
				}
				// "heads the consulting firm X"
				for n := 0; n < 3 && k+1 < len(d.toks) && d.at[k] == 0 && d.toks[k].kind == tWord && !d.toks[k].cap; n++ {
					k++
				}
				if om := d.mentionAt(k); om != nil && om.s == k && om.ent != nil && om.ent.typ != schema.Person && om.ent.typ != schema.Agreement && om.ent.typ != schema.Government {
					title := whoHeadVerbs[v]
					if d.possessedUnnamed(j+1, d.toks[j].sent) {
						title = "member" // "who leads the agency's border unit": the unit's head, in the agency
					}
					d.dropGuessed(p, om.ent)
					add(p, title, om.ent, m.s)
					done = true
				} else if g := d.groupAnaphor(j+1, d.toks[j].sent, "leads"); len(g) == 1 {
					add(p, whoHeadVerbs[v], g[0], m.s) // "who headed the gang"
					done = true
				}
			case whoServeVerbs[v]:
				k := j + 1
				if k < len(d.toks) && (d.toks[k].key == "as" || d.toks[k].key == "for" || d.toks[k].key == "at") && v != "is" && v != "was" {
					if d.toks[k].key != "as" {
						if om := d.mentionAt(k + 1 + b2i(d.toks[k+1].key == "the")); om != nil && om.ent != nil && om.ent.typ != schema.Person && om.ent.typ != schema.Agreement {
							d.dropGuessed(p, om.ent)
							add(p, "member", om.ent, m.s)
							done = true
						}
						break
					}
					k++
				}
				tp := d.titlePhraseAt(k)
				if tp.head {
					done = d.giveTitlePhrase(p, tp, m.s, has, add)
				}
			}
		} else if d.toks[j].key != "and" { // "A, and the chargé of Y, B": the next item's title, no apposition
			tp := d.titlePhraseAt(j)
			if tp.head && !d.nameAfter(tp.e) {
				done = d.giveTitlePhrase(p, tp, m.s, has, add)
			}
		}
	}
	return done
}

// bodyAfterDescription reads "NAME of the Houston firm ORG": a body after
// a short description; it reports whether a post was recorded.
func (d *doc) bodyAfterDescription(p *entity, m *mention, add func(*entity, string, *entity, int)) bool {
	done := false
	if m.e+2 < len(d.toks) && d.toks[m.e].key == "of" && d.toks[m.e+1].key == "the" {
		noun := false
		for k := m.e + 2; k < len(d.toks) && k < m.e+6 && d.toks[k].sent == d.toks[m.s].sent; k++ {
			om := d.mentionAt(k)
			if om != nil && om.s == k && om.ent != nil && noun && (om.ent.typ == schema.Organization || om.ent.typ == schema.Agency) {
				d.dropGuessed(p, om.ent)
				add(p, "member", om.ent, m.s)
				done = true
				break
			}
			if om != nil && om.ent != nil && om.ent.typ != schema.Government {
				break
			}
			if t := d.toks[k]; t.kind != tWord || !t.cap && !orgNouns[t.key] && !d.pressAgencyNoun(k) && !d.describesNounAhead(k) {
				break
			} else if orgNouns[t.key] || d.pressAgencyNoun(k) {
				noun = true
			}
			if om != nil {
				k = om.e - 1
			}
		}
	}
	return done
}

// titlePhraseBefore reads "TITLE-PHRASE, [rank] NAME" before the person
// mention m, and "The head of the X agency, the ACR, Rank NAME"; it
// reports whether a post was recorded.
func (d *doc) titlePhraseBefore(p *entity, m *mention, has map[string]bool, add func(*entity, string, *entity, int)) bool {
	done := false
	cs := m.s
	for cs > 0 && d.at[cs-1] == 0 && (d.isTitleTok(cs-1) || honorifics[d.toks[cs-1].key] != 0 || d.toks[cs-1].key == "hon.") && d.toks[cs-1].cap {
		cs--
	}
	if cs > 1 && d.toks[cs-1].key == "," {
		c := cs - 1
		for s := max(0, c-16); s < c; s++ {
			if d.toks[s].sent != d.toks[c].sent {
				continue
			}
			if s > 0 && d.toks[s-1].sent == d.toks[s].sent && !d.toks[s].brk && d.toks[s-1].kind == tWord && !portfolioPreps[d.toks[s-1].key] &&
				d.toks[s-1].key != "by" && d.toks[s-1].key != "and" && !speechVerbs[d.toks[s-1].key] && d.toks[s-1].key != "as" && d.at[s-1] == 0 {
				continue // the phrase starts a noun phrase
			}
			tp := d.titlePhraseAt(s)
			if tp.head && tp.e == c {
				done = d.giveTitlePhrase(p, tp, m.s, has, add)
				break
			}
			// "The head of the X agency, the ACR, Rank NAME": the body's
			// name in apposition
			if tp.head && tp.org != nil && tp.e+3 <= c && d.toks[tp.e].key == "," && d.toks[tp.e+1].key == "the" {
				if am := d.mentionAt(tp.e + 2); am != nil && am.ent == tp.org && am.s == tp.e+2 && am.e == c {
					done = d.giveTitlePhrase(p, tp, m.s, has, add)
					break
				}
			}
		}
	}
	return done
}

// possessedOrgRoles reads "his firm, ORG" and "her organisation, ORG,":
// the person the possessive stands for works for or owns the body.
func (d *doc) possessedOrgRoles(add func(*entity, string, *entity, int)) {
	for i := 0; i+3 < len(d.toks); i++ {
		g, ok := possGender[d.toks[i].key]
		if !ok || d.inQuote[i] || !orgNouns[d.toks[i+1].key] || d.toks[i+2].key != "," {
			continue
		}
		om := d.mentionAt(i + 3)
		if om == nil || om.s != i+3 || om.ent == nil || om.ent.typ != schema.Organization && om.ent.typ != schema.Agency {
			continue
		}
		if p := d.resolvePronoun(i, g); p != nil {
			add(p, "member", om.ent, i)
		}
	}
}

// dropGuessed removes p's posts whose body was only guessed, except at
// keep (the body now stated).
func (d *doc) dropGuessed(p *entity, keep *entity) {
	d.dropGuessedRoles(func(r schema.Role) bool {
		return fold(r.Person) == fold(p.name) && fold(r.Org) != fold(keep.name)
	})
}
