// Titles written after a name: appositions (", director of the X"),
// copulas ("X was deputy chief of mission at Y") and relative clauses.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// apposition reads ", former deputy administrator of the DEA", ", the U.S.
// Trade Representative", ", Southcom commander", ", of the Global
// Initiative", ", who works in the X Unit".
func (d *doc) apposition(p *entity, m *mention, preTitle []int, add func(*entity, string, *entity, int)) {
	d.appositionAt(p, m, m.e+1, preTitle, add)
}

// appositionAt reads a title and organisation starting at token i.
func (d *doc) appositionAt(p *entity, m *mention, i int, preTitle []int, add func(*entity, string, *entity, int)) {
	i, former := d.appositionLead(i)
	if i >= len(d.toks) {
		return
	}
	if d.toks[i].key == "of" {
		d.appositionOf(p, m, i, preTitle, add) // ", of the Global Initiative"
		return
	}
	if d.toks[i].key == "who" {
		d.appositionWho(p, m, i, preTitle, add) // ", who served as …", ", who works in …"
		return
	}
	// a chain of titles and organisations
	items, j := d.appositionChain(p, m, i)
	if d.nextNamesTitle(items, j) || d.titleBetweenTitled(m, preTitle, j) {
		return // "A, Deputy Director B": B's title
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
	j = d.remitAfterTitle(j)
	d.bodyAfterTitle(last, j)
	for _, it := range items {
		if it.m != nil {
			it.m.attached = true
		}
	}
	d.whoAfterTitle(p, m, j, last.title, former, add)
	prs = d.ambassadorTo(p, m, j, prs)
	if n := len(prs); n > 0 && prs[n-1].org == nil && d.unnamedBodyAfter(j) {
		prs = prs[:n-1] // ", the owner of the firm that built the bridge": no state's post
	}
	for _, pr := range prs {
		if !d.hasHead(pr.title) {
			continue
		}
		org := pr.org
		if org == nil {
			org = d.markGuess(p, d.inferOrg(p, pr.title, d.lastSentRole(m.s), m.s))
		} else if org.typ == schema.Agency || org.typ == schema.Organization {
			d.dropGuessed(p, org) // the body stated after the name, not one guessed before it
		}
		title := d.titleText(pr.title)
		if ship := d.shipBefore(pr.title[0]); ship != "" {
			title += " of the " + ship // the ship's officer, a post in its service, not the service's head
		}
		if t, g, ok := d.cabinetPost(pr.title[0], pr.org, -1); ok && len(pr.title) == 1 {
			title, org = t, g // ", Secretary of the Navy;": a post in the government
		}
		if former && !strings.Contains(fold(title), "former") {
			title = "former " + title
		}
		add(p, title, org, m.s)
	}
}

// bodyPreps join a title to the body it belongs to: "director of the X",
// "agent in the Y", "fellow at the Z", "envoy for the W", "negotiator with
// the V".
var bodyPreps = set("of", "in", "at", "for", "with")

// appositionLeads may open an apposition before its title: ", the …",
// ", now …", ", then …" (a post held before).
var appositionLeads = set("the", "a", "an", "then", "now", "also", "currently")

// appositionLead skips the words that open an apposition at token i
// (appositionLeads; "appointed", "named" … before a title) and reports
// whether "then" made the post a former one.
func (d *doc) appositionLead(i int) (int, bool) {
	former := false
	for i < len(d.toks) && (appositionLeads[d.toks[i].key] ||
		appointWords[d.toks[i].key] && i+1 < len(d.toks) && (d.isTitleTok(i+1) || d.toks[i+1].key == "as" || d.toks[i+1].key == "the")) {
		if d.toks[i].key == "then" {
			former = true
		}
		i++
	}
	return i, former
}

// appositionOf reads ", of the Global Initiative" at token i (the "of"):
// membership of the body, or the title before the name there.
func (d *doc) appositionOf(p *entity, m *mention, i int, preTitle []int, add func(*entity, string, *entity, int)) {
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
		org := om.ent
		if um := d.ownedUnitMention(om); um != nil {
			um.attached = true
			org = um.ent // ", now of the X's Office of Y": the unit, not its owner
			if om.ent.parent != nil || d.unitNamed(om) {
				// the owner a unit itself: the post is the unit's only (ownedUnitAfter)
				prev := d.unitPost
				d.unitPost = true
				defer func() { d.unitPost = prev }()
			}
		} else if u := d.unitAfterBody(om); u != nil {
			org = u // ", of the Federal Bureau of Investigation (FBI), Tucson Division;"
		}
		if len(preTitle) > 0 && org.typ == schema.Agency {
			d.dropGuessed(p, org) // the body stated after the name, not one guessed before it
		}
		add(p, title, org, m.s)
	}
}

// appositionWho reads a relative clause at token i (the "who"): "who
// served as deputy interior minister until 2021" (a post held before),
// "who serves as X", "who was elected for the X party", "who is part of an
// FBI team".
func (d *doc) appositionWho(p *entity, m *mention, i int, preTitle []int, add func(*entity, string, *entity, int)) {
	j := i + 1
	past := false
	for j < len(d.toks) && clauseAdverbs[d.toks[j].key] {
		past = past || pastTieAdverbs[d.toks[j].key]
		j++
	}
	if past {
		add = formerAdder(add) // "who previously headed X": a post held before
	}
	// "who served as deputy interior minister until 2021": a post
	// held before; "who serves as X": one held now
	if j+2 < len(d.toks) && d.toks[j+1].key == "as" && asVerbs[d.toks[j].key] != 0 && d.isTitleTok(j+2) {
		if asVerbs[d.toks[j].key] == 'p' {
			d.appositionAt(p, m, j+2, preTitle, formerAdder(add))
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
}

// appositionChain reads the chain of titles and organisations of an
// apposition from token i ("the group's founder", "Southcom commander", "a
// drug-trafficking expert") and returns it with the token after it.
func (d *doc) appositionChain(p *entity, m *mention, i int) ([]roleItem, int) {
	j := i
	var items []roleItem
	// ", the group's founder": the group named before
	if i > 0 && i+2 < len(d.toks) && d.toks[i-1].key == "the" && d.toks[i+1].key == "'s" && d.at[i] == 0 && refNouns[d.toks[i].key] != 0 {
		if ref := d.nounReferent(i, refNouns[d.toks[i].key]); ref != nil && ref != p {
			items = append(items, roleItem{tok: i, org: ref})
			j = i + 2
		}
	}
	// ", its deputy leader,": the body "its" stands for, as before a name
	if len(items) == 0 && i+1 < len(d.toks) && d.toks[i].key == "its" {
		if ref := d.itsApposed(p, i); ref != nil {
			items = append(items, roleItem{tok: i, org: ref})
			j = i + 1
		}
	}
	for j < len(d.toks) && d.toks[j].sent == d.toks[m.s].sent {
		if k := d.pastShipName(j); k > j && len(items) > 0 && items[len(items)-1].org != nil {
			j = k // "…, Coast Guard Cutter Alder commanding officer": the service's ship
			continue
		}
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
	return items, j
}

// remitAfterTitle skips a lower-case remit after a title ending before
// token j, up to the "at"/"in" before the body: "deputy director for
// operations at the X".
func (d *doc) remitAfterTitle(j int) int {
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
	return j
}

// bodyAfterTitle reads the body of the title last from the preposition at
// token j: "… of the Drug Enforcement Administration", "… in the Bureau of
// …", "director of the Mexico program at the X" (the country a remit).
func (d *doc) bodyAfterTitle(last *rolePair, j int) {
	if j < len(d.toks) && bodyPreps[d.toks[j].key] {
		k := j + 1
		if k < len(d.toks) && d.toks[k].key == "the" {
			k++
		}
		if k+1 < len(d.toks) && orgNouns[d.toks[k].key] && !d.toks[k].cap && d.at[k] == 0 {
			k++ // "director of the consultancy X"
		}
		k = d.pastQuoteBeforeGroup(k)
		if g := d.knownAsGroup(j+1, d.toks[j].sent); g != j+1 {
			k = g // "leader of a criminal organization known as X"
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
				// "the U.S. ambassador in Honduras", "the DEA's attaché in
				// Peru": the state after "in" is where a post whose body is
				// already stated is held
				remit = remit || last.org != nil && d.toks[j].key == "in" && org.typ == schema.Government
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
}

// whoAfterTitle reads a relative clause just after an apposed title
// (title, ending before token j): "a former ambassador to Bolivia who now
// teaches at X", "the lead prosecutor who handles the case for X".
func (d *doc) whoAfterTitle(p *entity, m *mention, j int, title []int, former bool, add func(*entity, string, *entity, int)) {
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
				t := title
				if ft := fold(d.titleText(t)); former || strings.Contains(ft, "former") || strings.HasPrefix(ft, "ex") {
					t = nil // "a former ambassador who now teaches at X": not a former post at X
				}
				d.relativeClause(p, v, t, m.s, add)
			}
			break
		}
	}
}

// ambassadorTo handles "ambassador to Bolivia" after the title of the last
// of prs (the token after it at j): the host country is not the post's;
// the post is the sending government's, or dropped when none is found.
func (d *doc) ambassadorTo(p *entity, m *mention, j int, prs []rolePair) []rolePair {
	last := &prs[len(prs)-1]
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
	return prs
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

// electWords after "who was" put the person in the body named after them.
var electWords = set("elected", "reelected", "re-elected", "hired", "employed", "recruited", "chosen", "nominated", "seconded")

// clauseAdverbs may sit between "who" and its verb.
var clauseAdverbs = set("now", "currently", "also", "still", "later", "previously", "once", "then", "today")

// clauseTitles are the posts a relative clause's verb states in a
// criminal group, where membership is no role: "who leads the X" is its
// leader, "who runs the Y" its head.
var clauseTitles = map[string]string{"leads": "leader", "heads": "head", "runs": "head", "directs": "director",
	"commands": "commander", "chairs": "chair"}

// relativeClause reads "who is part of an FBI team", "who works in the X
// Unit at FBI Headquarters" starting at token i.
func (d *doc) relativeClause(p *entity, i int, preTitle []int, at int, add func(*entity, string, *entity, int)) {
	title := "member"
	if len(preTitle) > 0 {
		title = d.titleText(preTitle)
	}
	lead := clauseTitles[d.toks[i].key]
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
			if om.ent.typ == schema.Cartel && lead != "" && len(preTitle) == 0 {
				add(p, lead, om.ent, at) // "who leads the X gang": its leader, no mere member
			} else {
				add(p, title, om.ent, at)
			}
		}
		k = om.e - 1
	}
}
