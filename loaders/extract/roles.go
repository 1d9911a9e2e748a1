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

// findRoles reads the offices people hold from titles and appositions.
func (d *doc) findRoles() {
	d.guessed = map[string]bool{}
	add := d.roleAdder()
	d.findParents()
	for mi := 0; mi < len(d.ments); mi++ {
		m := d.ments[mi]
		if m.ent == nil || m.ent.typ != schema.Person {
			continue
		}
		if m.quoted {
			d.quotedRoles(m, add)
			continue
		}
		d.rolesAround(m, add)
	}
	// the clause rules, each under the name --explain gives its roles
	for _, step := range []struct {
		rule string
		run  func(func(*entity, string, *entity, int))
	}{
		{"role/pronoun-copula", d.pronounCopulaRoles},
		{"role/pronoun-work-clause", d.pronounWorkRoles},
		{"role/led-by", d.ledByRoles},
		{"role/work-clause", d.workClauseRoles},
		{"role/headed", d.headedRoles},
		{"role/title-phrase", d.genericRoles},
		{"role/party", d.partyRoles},
		{"role/possessed-org", d.possessedOrgRoles},
		{"role/byline", d.bylineRoles},
		{"role/district-attorney", d.districtRoles},
		{"role/group-head", d.groupHeadRoles},
		{"role/plural-title", d.pluralTitleRoles},
		{"role/group-leaders", d.groupLeaderRoles},
		{"role/apposed-leaders", d.apposedLeaderRoles},
		{"role/list-intro", d.listIntroRoles},
		{"role/listed-group-leaders", d.listedLeaderRoles},
		{"role/header-block", d.headerBlockRoles},
		{"role/listing", d.listingRoles},
		{"role/header-line", d.headerLineRoles},
		{"role/speaker-line", d.speakerLineRoles},
		{"role/readout-spokesperson", d.readoutSpokespersonRoles},
		{"role/byline-author", d.bylineAuthorRoles},
		{"role/led-delegation", d.ledDelegationRoles},
		{"role/delayed-lede", d.delayedLedeRoles},
		{"role/back-description", d.backDescriptionRoles},
		{"role/served-holder", d.servedHolderRoles},
		{"role/list-possessor", d.listPossessorRoles},
		{"role/title-body-name", d.titleBodyNameRoles},
		{"role/addressed-panel", d.addressedPanelRoles},
		{"role/list-item-title", d.listItemTitleRoles},
		{"role/vested-signer", d.vestedSignerRoles},
		{"role/party-tag-seat", d.partyTagSeatRoles},
		{"role/list-of-body", d.listOfBodyRoles},
		{"role/headline-legislator", d.headlineLegislatorRoles},
		{"role/conjoined-title", d.conjoinedTitleRoles},
		{"role/seat-list", d.seatListRoles},
		{"role/as-title", d.asTitleRoles},
		{"role/local-office", d.localOfficeRoles},
		{"role/moderator-call", d.callOnRoles},
		{"role/report-post", d.reportPostRoles},
		{"role/counted-title", d.countedTitleRoles},
		{"role/local-prefix", d.localPrefixRoles},
		{"role/state-office", d.stateOfficeRoles},
		{"role/report-portfolio", d.reportPortfolioRoles},
		{"role/first-lady", d.firstLadyRoles},
		{"role/report-unheld", d.reportUnheldRoles},
		{"role/statement-head", d.statementHeadRoles},
	} {
		d.ruled(step.rule, 0, 0)
		step.run(add)
	}
	d.ruled("", 0, 0)
	d.attorneysAtDistrict()
	d.attributedDistricts()
	d.dropNationAttorneys()
	d.dropStateLocalPosts()
	d.assistantAttorneyTitles()
	d.dropGuessedShortTitles()
	d.uniqueOfficeHolders()
	d.roleNounMentions()
}

// roleAdder returns the function every role rule reports to: it records
// the role of person p with title at org (once per person and body, and
// once more at the body a unit belongs to); a title without a body is kept
// on the person for later reference.
func (d *doc) roleAdder() func(p *entity, title string, org *entity, at int) {
	seen := map[string]bool{}
	return func(p *entity, title string, org *entity, at int) {
		if p != nil && org == nil && p.typ == schema.Person && title != "" {
			p.roles = append(p.roles, title) // "the governor said" can still find its holder
		}
		org = d.delegationGov(p, org, at)
		if p == nil || org == nil || org == p || p.typ != schema.Person || (abbrevRankOnly(title) || rankWordsOnly(title) && !d.reportPost || soldierTitle(title) || crimeTrade(title) || expertTitle(title)) && org.typ == schema.Government || anyOfficial(title) {
			return // "Maj. Gen. X" in a story set in a country, "Mexican drug kingpin X": no post of its government
		}
		if strings.HasPrefix(fold(title), "and ") {
			return // "X, and the director of Y, Z": the next person's title
		}
		title = singularTitle(trimRank(title))
		org = d.cabinetSeat(title, org)
		org = d.missionHeadGov(title, org)
		org = d.districtOffice(title, org)
		k := fold(p.name) + "|" + fold(org.name)
		if seen[k] && (d.guessed[k] || d.roleHeld(p.name, org.name)) {
			return // once per person and body; a dropped guess comes back only as stated (roles_readd.go)
		}
		seen[k] = true
		ft := fold(title)
		r := schema.Role{Person: p.name, Title: title, Org: org.name,
			Former: strings.Contains(ft, "former") || strings.HasPrefix(ft, "ex-") || strings.HasPrefix(ft, "then")}
		d.roles = append(d.roles, r)
		d.roleBecause(r, at)
		p.roles = append(p.roles, title)
		// a post in a unit is a post in the body it belongs to, but the
		// unit's head does not head the body
		if par := org.parent; par != nil && par.typ == schema.Agency && !d.unitPost && !seen[fold(p.name)+"|"+fold(par.name)] && !headTitle(strings.TrimPrefix(ft, "former "), false) && !divisionHeadTitle(title, org.name) && !(inChargeTitle(title) && officeUnit(org.name) && !d.unitOfTwoAgencies(org)) {
			seen[fold(p.name)+"|"+fold(par.name)] = true
			r.Org = par.name
			d.roles = append(d.roles, r)
			d.roleBecause(r, at)
		}
	}
}

// rolesAround reads the roles of the person mention m from the words
// around it: titles and bodies before the name, a title before a comma,
// "of BODY" after it, and an apposition or copula after it.
func (d *doc) rolesAround(m *mention, add func(*entity, string, *entity, int)) {
	p := m.ent
	d.unitPost = d.ownedUnitAfter(m)
	defer func() { d.unitPost = false }()
	sentRoles := d.lastSentRole(m.s)
	// titles and organisations before the name
	hs := m.s // "Homeland Security Advisor Dr. X": the title before the honorific
	for hs > 0 && d.toks[hs-1].sent == d.toks[m.s].sent && isHonorific(d.toks[hs-1].key) {
		hs--
	}
	items := d.chainBefore(hs)
	for _, it := range items {
		if it.m != nil {
			it.m.attached = true
		}
	}
	prs := d.usStateOffice(rolePairs(items))
	prsRule := "role/title-before-name"
	cs := d.honorificStart(m.s)
	// the words after a comma before the name, or before a rank that is
	// the name's ("…, Maj. Gen. X")
	comma, rankOnly := -1, false
	switch {
	case len(prs) == 0 && cs > 1 && d.toks[cs-1].key == ",":
		comma = cs
	case len(prs) > 0 && d.ranksOnly(prs) && d.commaBeforeRank(items[0].tok) > 0:
		comma, rankOnly = d.commaBeforeRank(items[0].tok), true
	}
	// "The acting director of the national police, X,"; "the Commanding
	// General of U.S. Army South, Maj. Gen. X"
	bodyTitle := false
	if comma > 3 {
		d.ruled("role/body-title-before-comma", 0, 0)
		bodyTitle = d.bodyTitleBeforeComma(p, m, d.pastPostSeat(comma), add)
		if bodyTitle && rankOnly {
			prs = nil // the office, not the rank
		}
	}
	// "Its leader, former police officer X,": a title before the comma
	// that another title follows
	if len(items) > 0 && items[0].tok > 1 && d.toks[items[0].tok-1].key == "," {
		d.ruled("role/its-title-before-comma", 0, 0)
		d.itsTitleBeforeComma(p, m, items, add)
	}
	// "Mexico's president, Claudia Sheinbaum", "Its executive president, X";
	// "Southern Command commander, Navy Adm. X"
	if comma > 1 && !(bodyTitle && rankOnly) {
		d.ruled("role/title-before-comma", 0, 0)
		if pp := d.titleBeforeComma(p, m, d.diplomatSeat(comma), sentRoles); pp != nil {
			prs = pp
			prsRule = "role/title-before-comma"
		}
	}
	// "The Minister of Government, X,": the "Ministry of Government"
	// the text names
	if len(prs) == 0 && cs > 4 && d.toks[cs-1].key == "," {
		if org, title := d.ministerOfBefore(cs - 1); org != nil {
			d.ruled("role/minister-of", 0, 0)
			add(p, title, org, m.s)
		}
	}
	// "President Ricardo Maduro of Honduras"
	ofOrg := d.bodyAfterName(m)
	d.ruled(prsRule, 0, 0)
	if len(prs) > 0 && d.why != nil {
		s := prs[0].title[0]
		if len(items) > 0 && items[0].tok < s && prsRule == "role/title-before-name" {
			s = items[0].tok
		}
		d.ruled(prsRule, s, m.e) // the titles and bodies up to the end of the name
	}
	preTitle, deferred := d.preTitleRoles(p, m, prs, items, ofOrg, sentRoles, add)
	// "Carlos Méndez of Prensa Libre"
	if len(prs) == 0 && ofOrg != nil && ofOrg.typ != schema.Government {
		d.ruled("role/of-body", 0, 0)
		title := "member"
		if lt := d.listTitle(m); lt != "" {
			title = lt // "Trial Attorneys A and B of the Fraud Section"
		}
		add(p, title, ofOrg, m.s)
	}
	// appositions after the name
	if m.e < len(d.toks) && d.toks[m.e].key == "," {
		d.ruled("role/apposition", 0, 0)
		d.postsAt(p, m, d.aliasAfter(m.e)+1, preTitle, add) // past ", aka “El Y”,"
	} else if d.dashAside(m.e) {
		// "X - leader of the Y cartel - was arrested": an aside between dashes
		d.ruled("role/apposition", 0, 0)
		d.postsAt(p, m, m.e+1, preTitle, add)
	} else if c := d.parenEnd(m.e); c > 0 && c+1 < len(d.toks) && (d.toks[c+1].key == "," || dashes[d.toks[c+1].key] && d.toks[c+1].space && d.postItem(c+2, d.toks[c].sent)) {
		// "Sen. X (D-Ohio), chair of the Y", "Sen. X (R-Kan.) – member of the Y –"
		d.ruled("role/apposition", 0, 0)
		d.postsAt(p, m, c+2, preTitle, add)
	} else if k := d.serveAs(m.e); k > 0 && !m.quoted && d.postItem(k, d.toks[k].sent) {
		// "X proudly serves as a member of the Y and a co-chair of the Z"
		d.ruled("role/serial-posts", 0, 0)
		d.postsAt(p, m, k, preTitle, add)
	}
	// "Aldana was deputy chief of mission at the U.S. Embassy", "X, from
	// Zacapa, Guatemala, was a leader of Y", "X, 41, is a member of Y"
	if cop := d.afterOrigin(m.e); cop+1 < len(d.toks) && (d.toks[cop].key == "is" || d.toks[cop].key == "was") && !m.quoted {
		d.ruled("role/copula", 0, 0)
		d.appositionAt(p, m, cop+1, preTitle, add)
		second := d.secondComplement(cop + 1)
		if second > 0 {
			d.appositionAt(p, m, second, preTitle, add) // "X is the head of Y and a member of Z"
		}
		for _, k := range d.furtherPosts(cop + 1) {
			if k != second {
				d.ruled("role/serial-posts", 0, 0)
				d.appositionAt(p, m, k, preTitle, add) // "X is chair of A, a member of B, and the chair of C"
			}
		}
	}
	d.ruled("role/rank-of-apposed-body", 0, 0)
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

// preTitleRoles records the roles of the (title, organisation) pairs prs
// read before the person mention m (items is their chain; ofOrg the body
// named by "of" after the name). It returns the last title read, for an
// apposition after the name, and the bare ranks left for the body an
// apposition names ("Gen. X, director of the Y").
func (d *doc) preTitleRoles(p *entity, m *mention, prs []rolePair, items []roleItem, ofOrg *entity, sentRoles string, add func(*entity, string, *entity, int)) (preTitle []int, deferred [][]int) {
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
		if d.serviceRank(pr.title, pr.org) {
			continue // "Navy Adm. X": the rank's service, not a post
		}
		org := nationTitleBody(pr.org, ofOrg) // roles_nationofbody.go
		if org == nil && d.usCongressText() {
			org = d.usChamber(pr.title, false) // "Congressman X, Vice-Chairman of the Y Committee": a member of Congress
		}
		if org == nil {
			org = ofOrg
		}
		if c := d.judgeCourtAfter(m); c != nil && (org == nil || org.typ == schema.Government) {
			org = c // "U.S. Magistrate Judge X in the U.S. District Court for …"
		}
		if org == nil && prs[0].org == nil && len(items) > 0 {
			if its := d.itsBefore(items[0].tok); its >= 0 {
				org = d.itsReferent(its, pr.title)
			}
		}
		if org == nil && (d.partyTag(m.e) || d.usPartyApposition(m.e)) {
			org = d.taggedLegislatorOrg(pr.title, m.s) // "Sen. X, R-Fla.", "Chairman Y (R-TX)"
		}
		if org == nil && d.rankOnly(pr.title) && m.e < len(d.toks) && d.toks[m.e].key == "," {
			deferred = append(deferred, pr.title) // "Gen. X, director of the Y": the rank is the Y's
			continue
		}
		if org == nil {
			org = d.statedPost(p, pr.title) // "Assistant Secretary X" again
		}
		if org == nil {
			org = d.bodyClosingLine(m) // "Director X The Y Office"
		}
		if org == nil && d.rankOnly(pr.title) && d.hasStatedPost(p) {
			continue // "Admiral X" after "the commander of Y, Adm. X": no new post
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
			if org = d.usChamber(pr.title, !d.usCongressText()); org != nil {
				if b := d.legislatureBefore(m.s); b != nil && !isChamber(b) {
					org = b
				} else if legislatorAbbrev(d, pr.title) {
					guess = false // "Sen. X": the abbreviation states the office (roles_senabbrev.go)
				}
			}
		}
		if guess && org != nil {
			d.guessed[fold(p.name)+"|"+fold(org.name)] = true
		}
		if g := d.possessorServiceState(pr); g != nil {
			// "Peru's Defense Minister A and Navy Secretary B": the service
			// is the title's, a post of the state
			add(p, d.surface(d.mentionAt(pr.title[0]-1).s, pr.title[len(pr.title)-1]+1), g, m.s)
			continue
		}
		if t, g, ok := d.cabinetPost(pr.title[0], pr.org, m.s); ok && (len(pr.title) == 1 || len(pr.title) == 2 && d.deputySecretary(pr.title[0])) {
			add(p, t, g, m.s) // "Secretary of the Navy X": a post in the government
			continue
		} else if g := d.cabinetPortfolio(pr.title, org); g != nil {
			org = g // "Secretary of Homeland Security X", of the Department of Homeland Security
		}
		add(p, d.titleText(pr.title), org, m.s)
	}
	return preTitle, deferred
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

// afterOrigin returns the token after a comma-delimited origin or age
// right after a name ending before e (", from Zacapa, Guatemala,", ", 41,",
// ", 41, of Culiacan, Mexico,"), or e when there is none.
func (d *doc) afterOrigin(e int) int {
	if e+2 >= len(d.toks) || d.toks[e].key != "," {
		return e
	}
	if k := d.toks[e+1].key; k != "from" && k != "of" && !(d.toks[e+1].kind == tWord && k[0] >= '0' && k[0] <= '9') {
		return e
	}
	commas, limit := 0, e+10
	if d.ageAt(e+1) && e+3 < len(d.toks) && (d.toks[e+3].key == "of" || d.toks[e+3].key == "from") {
		commas, limit = -1, e+13 // ", 45, of Culiacan, Mexico,": an age, then a town and its country
	}
	for k := e + 2; k < len(d.toks) && k < limit && d.toks[k].sent == d.toks[e].sent; k++ {
		if d.toks[k].key != "," {
			continue
		}
		// the origin's last comma comes right before the verb
		if k+1 < len(d.toks) && (d.toks[k+1].key == "is" || d.toks[k+1].key == "was") {
			return k + 1
		}
		if commas++; commas > 1 {
			break
		}
	}
	return e
}
