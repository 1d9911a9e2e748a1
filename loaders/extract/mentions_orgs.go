// Organisations the gazetteer does not know: capitalised names ending in an
// organisation word, "the X party", "A & B", "the group X".

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// personalMods qualify a person, not a body, before a body's name: "a
// Senior State Department Official".
var personalMods = lexWords.set("personalMods")

// orgCands finds capitalised names ending in an organisation word:
// "Safe Streets and Gang Unit", "Bureau of Western Hemisphere Affairs".
func (d *doc) orgCands(out []*mention) []*mention {
	for i := range d.toks {
		t := d.toks[i]
		// a headline's capitals name no body; a bulleted line in title case is
		// a list item, no headline ("- Royal Danish Navy Ship Vidar")
		if t.kind != tWord || !t.cap || d.titlecase[t.para] && !d.mastheadBody(i) && !d.venueLine(i) && !d.listItem(d.paraStart(i)) {
			continue
		}
		typ, ok := d.orgHeadType(i)
		if !ok || typ == schema.Cartel && d.nameRunsOn(i) {
			continue // "National Gang Violence Prevention Week": "Gang" is not the head
		}
		if (t.key == "press" || t.key == "section") && i+1 < len(d.toks) && titleHeads[d.toks[i+1].key] && d.toks[i+1].cap {
			continue // "Pentagon Press Secretary", "Army Section Chief": the title's words, no body ends there
		}
		if d.fieldOfficeTitle(i) {
			continue // "ERO Field Office Director Ana Ruiz": the title's words, no body ends there
		}
		if d.serviceBeforeRank(i) {
			continue // "… Planning Board Navy Adm. Ana Ruiz": the service styles the officer's rank, no body ends there
		}
		if prefixOrgHeads[t.key] && i+1 < len(d.toks) && d.capWord(i+1) && !d.toks[i+1].brk {
			continue // "Radio Jamaica": the head opens the name
		}
		s := d.orgNameStart(i)
		if _, ok := pluralBodyHeads[d.toks[s].key]; ok && s < i {
			continue // "Departments of Justice and Treasury": two bodies (pluralBodyCands)
		}
		s = d.orgNameTrim(s, i, typ)
		s, typ = d.namedBodyKind(s, i, typ) // "the NGO Citizen Initiative": an organisation (mentions_bodykind.go)
		s = d.pastTitleBeforeService(s, i)
		if typ == schema.Agreement {
			s = d.pairOpenedStart(s) // "the Peru/Chile Border Accord"
			s = d.frameworkForStart(s)
			if d.unilateralDocument(s, i) {
				continue // "the Presidential Memorandum on …": one government's document (agreements_unilateral.go)
			}
		}
		e := d.orgNameEnd(i, typ)
		if e-s < 2 {
			continue
		}
		if e-s == 2 && t.key == "congress" && numberedOrdinal(d.toks[s].key) {
			out = append(out, &mention{s: s, e: e, class: mIgnore, prio: 1})
			continue // "the 119th Congress": a term of the Congress, no body of its own
		}
		if typ == schema.Agency && d.courtInJudgeTitle(e) {
			out = append(out, &mention{s: s, e: e, class: mIgnore, prio: 1})
			continue // "U.S. District Court Judge Ana Ruiz": the judge's title (mentions_judgetitle.go)
		}
		if d.topicAfterHead(e - 1) {
			continue // "Defense Institution Building": a field of work, no body
		}
		if typ == schema.Agreement && d.honorificOpens(s, i) {
			continue // "Rep. Nathan Deal": a person's name (mentions_honorificname.go)
		}
		if typ == schema.Agreement && d.knownOrgOpens(s, i) {
			continue // "its NATO Global Partnership": the organisation's programme, not an agreement between states
		}
		if typ == schema.Agreement && e == i+1 && e < len(d.toks) && d.toks[e].cap && !d.toks[e].brk && agreementProcessNouns[d.toks[e].key] {
			continue // "Peace Agreement Implementation": a topic, the agreement's implementation
		}
		if d.regionDesk(s, i, e) {
			out = append(out, &mention{s: s, e: e, class: mIgnore, prio: 1})
			continue // "Head of the Unit for North America": a ministry's desk for a region, part of the title
		}
		if d.titlePortfolioInside(s, i) {
			continue // "Navy Rear Admiral and Undersecretary for Administration": a title's portfolio, no body
		}
		if titleHeads[d.toks[s].key] && s+2 <= i && (d.toks[s+1].key == "of" || d.toks[s+1].key == "for") {
			continue // "Commissioner of Police", "Secretary for Terrorism and Financial Intelligence": a title
		}
		if s = d.pastTitleOf(s, i); e-s < 2 {
			continue // "Commanding General of U.S. Army South": the body after the title
		}
		if d.orgFacility(s, e, i, typ) {
			out = append(out, &mention{s: s, e: e, class: mIgnore, prio: 1})
			continue // "Terrorism Confinement Center": a place, not a body
		}
		if typ == schema.Organization && stateOrganHeads[t.key] {
			for k := s; k < i; k++ {
				if stateOrganWords[d.toks[k].key] {
					typ = schema.Agency // "National Electoral Council", "Transitional Presidential Council": organs of a state
				}
			}
		}
		if typ == schema.Organization && forceSchoolHeads[t.key] {
			for k := s; k < i; k++ {
				if forceSchoolWords[d.toks[k].key] {
					typ = schema.Agency // "the Rosales Police Academy": a school of the state's police or armed forces
				}
			}
		}
		if d.isCaucus(i) && !d.legislativeCaucus(s, i) {
			continue // "the Conservative Caucus" of no legislator: not read
		}
		typ = d.stateFunctionType(typ, s, i) // "Ruritown Intelligence Center": a state's function
		typ = d.stateBodyType(typ, s, i, e)
		typ = d.publicServiceType(typ, s, i, e) // "Social Security Institute" (mentions_publicservice.go)
		typ = d.forceUnitType(typ, s, i)        // "Police Reaction Group" (mentions_forceunits.go)
		typ = d.advocacyType(typ, s, i, e)      // "Committee for the Defense of Human Rights" (mentions_advocacy.go)
		if typ == schema.Organization && (t.key == "organization" || t.key == "organisation") && i > s &&
			(d.toks[i-1].key == "trafficking" || d.toks[i-1].key == "criminal") {
			typ = schema.Cartel // "the Los X Drug Trafficking Organization", "… Transnational Criminal Organization": a criminal group
		}
		if t.key == "partnership" && e == i+1 && !d.frameworkPrefix(i) {
			continue // no complement, no states named: not a framework's name
		}
		if t.key == "declaration" && typ == schema.Agreement && !d.frameworkPrefix(i) && !d.namedDeclaration(s, i) && !d.signedJointly(s, i, e) {
			continue // a declaration described, not named, is an agreement only when signed jointly
		}
		s = d.commaPlaceStart(s, e) // "Lago Verde, N.M., Police Department" (mentions_commaplace.go)
		m := &mention{s: s, e: e, typ: typ, name: d.surface(s, e), prio: 1}
		// a country at the start qualifies an agency: "U.S. Southern Command"
		out = append(out, m)
	}
	return out
}

// orgHeadType is the type of body a capitalised head word at token i
// ends the name of (agencyHeads, orgHeads, companyHeads, cartelHeads,
// agreementHeads and a few compounds), or false when it ends none.
func (d *doc) orgHeadType(i int) (schema.EntityType, bool) {
	t := d.toks[i]
	switch {
	case t.key == "mission" && d.stateMission(i):
		return schema.Agency, true // "the U.S. Mission to the United Nations": a state's diplomatic post (statebodies.go)
	case frameworkHeads[t.key] && (titledFrameworkHeads[t.key] || d.frameworkPrefix(i) || d.namedTalks(i)) && !d.lawNamed(i+1):
		return schema.Agreement, true // "U.S.-Mexico Security Dialogue", "Trilateral Fentanyl Committee" (frameworks.go)
	case d.jointCouncil(i) || d.jointBody(i):
		return schema.Agreement, true // "through their Trade and Investment Council", "the U.S.-Peru Security Forum" (agreements_unilateral.go, frameworks_jointbody.go)
	case (t.key == "service" || t.key == "agency") && i > 0 && (d.toks[i-1].key == "wire" || d.toks[i-1].key == "news" || d.toks[i-1].key == "press"):
		return schema.Organization, true // "Caribbean Wire Service", "Andina News Agency"
	case d.serviceBoard(i):
		return schema.Agency, true // "the Social Security Board" (mentions_publicservice.go)
	case agencyHeads[t.key] || d.stateBodyHead(i):
		return schema.Agency, true // "the National Housing Commission" (mentions_statebodies.go)
	case strings.HasSuffix(t.key, "s") && agencyHeads[strings.TrimSuffix(t.key, "s")] && d.parenAcronym(i+1):
		return schema.Agency, true // "the Border Liaison Offices (BLOs)": a set of offices named as one
	case orgHeads[t.key] || companyHeads[t.key]:
		return schema.Organization, true
	case cartelHeads[t.key]:
		return schema.Cartel, true
	case agreementHeads[t.key] && !d.bodyCharter(i):
		return schema.Agreement, true // not "the UN Charter", a body's own (agreements_instruments.go)
	case t.key == "declaration" && i > 0 && d.toks[i-1].key == "joint" && d.toks[i-1].cap:
		return schema.Agreement, true // "a Joint Declaration on Border Security" signed by two parties (checked below)
	case t.key == "force" && d.nationalForce(i):
		return schema.Agency, true // "the Belize Defence Force", "the Honduran Naval Force" (mentions_nationalforce.go)
	case t.key == "force" && i > 0 && (d.toks[i-1].key == "task" || d.toks[i-1].key == "strike"):
		return schema.Agency, true // "Joint Task Force", "Counter-Narcotics Strike Force"
	}
	return "", false
}

// orgNameStart is where the name whose head is at token i starts:
// capitalised words before it in its sentence, joined by "and", "of",
// "&", "for", "-" or a plural possessive ("Canadian Exporters’ Council").
func (d *doc) orgNameStart(i int) int {
	t := d.toks[i]
	s := i
	for s > 0 && !d.toks[s].brk {
		p := s - 1
		if d.capWord(p) && d.toks[p].sent == t.sent && !personalMods[d.toks[p].key] {
			s = p
			continue
		}
		if sc := d.staffCodeStart(p); sc >= 0 && d.toks[p].sent == t.sent {
			s = sc // "J7/9 Exercises and Coalition Directorate": a staff code opens the name
			continue
		}
		if d.toks[p].key == "'s" && p == i-1 && t.key == "office" && p > 0 && d.capWord(p-1) && !d.gazCover[p-1] && !bodyHeads[d.toks[p-1].key] {
			s = p
			continue
		}
		if ps := d.placeParticleStart(p, t.sent); ps >= 0 {
			s = ps // "Rio de Janeiro Public Security Institute", "Port-au-Prince Bar Association" (mentions_placeparticle.go)
			continue
		}
		if d.officerPossessive(p, i) {
			s = p // "Harlow County State's Attorney's Office", "Cole County Sheriff's Department" (mentions_officerpossessive.go)
			continue
		}
		if d.countyPossessive(p, t.sent) {
			s = p - 1 // "Prince George's County Police Department": the possessive is the county's name
			continue
		}
		// a plural possessive inside the name: "Canadian Exporters’ Council"
		if d.toks[p].key == "'" && !d.toks[p].space && p > 0 && d.capWord(p-1) && strings.HasSuffix(d.toks[p-1].key, "s") &&
			d.toks[p-1].sent == t.sent && d.capWord(p+1) {
			s = p - 1
			continue
		}
		if (d.toks[p].key == "de" || d.toks[p].key == "da" || d.toks[p].key == "do") && p > 0 && d.capWord(p-1) && d.g.given[d.toks[p-1].key] != 0 &&
			d.toks[p].sent == t.sent && !d.toks[p].brk && !d.toks[p].cap {
			s = p - 1 // "Francisco de Paula Santander University": a person's name with its particle names the body
			continue
		}
		if (d.toks[p].key == "and" || d.toks[p].key == "of" || d.toks[p].key == "&" || d.toks[p].key == "for" ||
			d.toks[p].key == "-" || corpSuffix[t.key] && (d.toks[p].key == "de" || d.toks[p].key == "del")) && p > 0 && d.capWord(p-1) && d.toks[p].sent == t.sent && !d.toks[p].brk &&
			!(d.toks[p].key == "and" && d.gazCover[p-1]) && !((d.toks[p].key == "of" || d.toks[p].key == "and") && d.personBeforeOf(p)) &&
			!(d.toks[p].key == "and" && d.bodyBoundary(p)) && !(d.toks[p].key == "-" && agencyHeads[d.toks[p-1].key] && p >= 2 && d.capWord(p-2) && !d.toks[p-1].brk) {
			s = p - 1 // not "National Police-Coast Guard": two bodies; but "the Cabinet-Level Dialogue" opens on its head word
			continue
		}
		if c := d.committeeListStart(s, i); c < s {
			s = c // "the Immigration, Border Security and Citizenship Subcommittee"
			continue
		}
		break
	}
	return s
}

// orgNameTrim moves the start s of a name whose head is at token i past
// another company's suffix ("Ltd. and Rio Verde Logistics Inc."), or back
// over a leading year of an agreement's name ("the 1944 Water Treaty").
func (d *doc) orgNameTrim(s, i int, typ schema.EntityType) int {
	t := d.toks[i]
	if s < i && s > 0 && (d.toks[s].key == "ngo" || d.toks[s].key == "ngos") && !d.toks[s-1].cap && d.capWord(s+1) {
		s++ // "the NGO Alliance for a Safer Valley": the kind of body, not its name's first word
	}
	if s < i && corpSuffix[d.toks[s].key] {
		s++ // "Ltd. and Rio Verde Logistics Inc.": the suffix ends another name
		for s < i && (d.toks[s].key == "and" || d.toks[s].key == "," || d.toks[s].key == "&") {
			s++
		}
	}
	for k := i - 1; k > s; k-- {
		if corpSuffix[d.toks[k].key] {
			s = k + 1
			for s < i && (d.toks[s].key == "and" || d.toks[s].key == "&") {
				s++
			}
			break
		}
	}
	if typ == schema.Agreement && s > 0 && !d.toks[s].brk && d.toks[s-1].sent == t.sent && yearKey(d.toks[s-1].key) &&
		!(s > 1 && calendarWords[d.toks[s-2].key]) { // "the March 2007 Joint Communiqué": a date, not a name
		// "the 1944 Water Treaty": a leading year is part of a name
		// the gazetteer does not know without it
		if ps, n := d.g.lookup(d.toks, s); (n != i+1-s || len(ps) == 0) && !d.pairJointBody(s, i) {
			s--
		}
	}
	return s
}

// orgNameEnd is the end of the name whose head is at token i: a
// company's suffix, a directional suffix or code name ("Task Force
// South"), and complements after "of", "for", "on", "against"
// ("Association for a Fairer Society", "Subcommittee on the Western
// Hemisphere"), without trailing connectors.
func (d *doc) orgNameEnd(i int, typ schema.EntityType) int {
	t := d.toks[i]
	e := i + 1
	// "Co., Ltd.", "Holdings, Inc."
	if (corpSuffix[t.key] || companyHeads[t.key]) && e+1 < len(d.toks) && d.toks[e].key == "," && corpSuffix[d.toks[e+1].key] {
		e += 2
	}
	// directional suffix: "Task Force South"
	if e < len(d.toks) && d.toks[e].cap && (d.toks[e].key == "south" || d.toks[e].key == "north" ||
		d.toks[e].key == "east" || d.toks[e].key == "west") && !d.toks[e].brk {
		e++
	} else if t.key == "force" && i > 0 && d.toks[i-1].key == "task" && d.taskForceCodeName(e) {
		e++ // a code name: "Joint Task Force Condor"
	} else if d.unitNumber(i, e) {
		e++ // "Law Enforcement Detachment 107", "Joint Task Force 7"
	} else if d.courtLetter(i, e) {
		e++ // "High-Risk Court B"
	}
	coordPrep := false
	for e+1 < len(d.toks) && !d.toks[e].brk {
		k := d.toks[e].key
		if (k == "to" || k == "in") && d.acronymAhead(e+1) {
			k = "of" // "National Service for Attention to Adults Deprived of Liberty (SNAI)": the acronym closes the name
		}
		if k == "in" && t.key == "court" && e+3 < len(d.toks) && d.toks[e+1].key == "the" && d.toks[e+2].cap &&
			(d.toks[e+2].key == "district" || districtSides[d.toks[e+2].key]) {
			k = "of" // "the U.S. District Court in the District of Columbia": the court's district is its name
		}
		if k == "in" && typ == schema.Agreement && coordPrep {
			k = "of" // "… Manufacturing of and Trafficking in Firearms"
		}
		if k == "to" && typ == schema.Agency && t.key == "mission" && e == i+1 {
			k = "of" // "Mission to the Organization of American States"
		}
		if k == "in" && t.key == "office" && e == i+1 && e+2 < len(d.toks) && d.toks[e+1].key == "the" && d.districtEnd(e+2) > 0 {
			k = "of" // "the U.S. Attorney's Office in the Eastern District of X": the district the office serves
		}
		if k == "in" && d.attorneyOfficeSeat(i, e) {
			k = "of" // "the U.S. Attorney's Office in Miami": the seat tells which of the offices
		}
		if k == "in" && (t.key == "embassy" || t.key == "consulate") && e > i+1 && d.toks[i+1].key == "of" {
			if c, _ := d.placeAt(e + 1 + b2i(d.toks[e+1].key == "the")); c != "" {
				k = "of" // "Embassy of Peru in Chile": the post's seat is part of its name
			}
		}
		if k == "to" && typ == schema.Agreement && frameworkHeads[t.key] && e == i+1 && e+3 < len(d.toks) &&
			(d.capWord(e+2) || d.capWord(e+1) && d.toks[e+2].key == "the" && d.capWord(e+3)) {
			k = "for" // "Global Coalition to Address Synthetic Drug Threats": a purpose in the name
		}
		if k == "the" && typ == schema.Agreement && frameworkHeads[t.key] && e == i+3 && d.toks[i+1].key == "to" && !d.toks[e].cap {
			k = "for" // "Partnership to Confront the Drought Crisis": the purpose's object is more name
		}
		if k == "to" && (typ == schema.Agency || typ == schema.Organization) && (t.key == "office" || t.key == "center" || t.key == "centre") &&
			e == i+1 && d.purposeVerbsAt(e+1) {
			k = "for" // "Office to Monitor and Combat X": a purpose in the name
		}
		if k == "in" && e > i+1 && d.toks[e-1].key == "trafficking" && d.toks[e-1].cap && traffickedGoods[d.toks[e+1].key] {
			k = "of" // "… Trafficking in Persons": the crime's fixed name
		}
		if k != "of" && k != "for" && k != "on" && k != "against" && k != "de" && k != "del" {
			break
		}
		if k == "for" && e == i+1 && soleBodyHeads[t.key] {
			break // "Under Secretary of the Treasury for Terrorism …": a remit, not more name
		}
		if k == "for" && e+2 < len(d.toks) && d.toks[e+1].key == "the" && numberedOrdinal(d.toks[e+2].key) {
			break // "the X Caucus for the 119th Congress": a term, not more name
		}
		j := e + 1
		// "Manufacturing of and Trafficking in …": two nouns share a
		// complement in a treaty's title
		if typ == schema.Agreement && k == "of" && j+1 < len(d.toks) && d.toks[j].key == "and" && d.capWord(j+1) && !d.toks[j+1].brk {
			j++
			coordPrep = true
		}
		if j < len(d.toks) && (d.toks[j].key == "the" || d.toks[j].key == "la" || d.toks[j].key == "el" ||
			d.toks[j].key == "a" && k == "for") && !d.toks[j].cap {
			j++ // "Association for a Fairer Society"
			if ps, n := d.g.lookup(d.toks, j); d.toks[j-1].key == "a" && n > 0 && ps[0].kind == kEntity {
				break // "the Marshals Service for a Tren de Aragua gang member": a known name after "a" is described
			}
		}
		if j >= len(d.toks) || !d.capWord(j) || d.toks[j].brk || corpSuffix[t.key] {
			break
		}
		if k == "of" && d.g.given[d.toks[j].key] != 0 && j+1 < len(d.toks) && d.capWord(j+1) && e > i+1 {
			break // "custody to the Department of Justice of Ovidio Guzman": a person, not more name
		}
		// "Ministry of Government of the Plurinational State of
		// Bolivia": a state's official name ends the body's name, but
		// is the whole complement of a post abroad ("Embassy of the
		// Republic of Peru")
		if ps, n := d.g.lookup(d.toks, j); n >= 3 && len(ps) > 0 && ps[0].kind == kEntity && ps[0].entry.typ == schema.Government &&
			fold(d.surface(j, j+n)) != fold(ps[0].entry.name) && !diplomaticPosts[t.key] {
			break
		}
		// "the National Coast Guard Service of the Ministry of Public
		// Security": a unit's name ends before the ministry it is part of
		if k == "of" && typ == schema.Agency && j+2 < len(d.toks) && d.toks[j].cap && ministryHeads[d.toks[j].key] && d.toks[j+1].key == "of" &&
			!ministryHeads[t.key] {
			break
		}
		// "Houston Field Division of the Drug Enforcement Administration":
		// a unit's name ends before the known agency it belongs to
		if ps, n := d.g.lookup(d.toks, j); k == "of" && typ == schema.Agency && n > 1 && len(ps) > 0 && ps[0].kind == kEntity &&
			ps[0].entry.typ == schema.Agency && (j+n >= len(d.toks) || !d.capWord(j+n)) {
			break
		}
		if k == "on" {
			// "… on Tuesday", "… on Oct. 15"; but "Subcommittee on the Western Hemisphere"
			if isMonth(d.toks[j].key) || calendarWords[strings.TrimSuffix(d.toks[j].key, ".")] {
				break
			}
			if ps, n := d.g.lookup(d.toks, j); n > 0 && ps[0].kind == kIgnore &&
				(!committeeHeads[t.key] || calendarWords[d.toks[j].key]) {
				break
			}
		}
		cs := j
		for j < len(d.toks) && !d.toks[j].brk && !d.personAfterBody(e+1, j) && !d.honorificAt(j) {
			if d.capWord(j) || d.toks[j].key == "and" && j+1 < len(d.toks) && d.capWord(j+1) && !d.bodyBoundary(j) || d.nameJoin(j) {
				j++ // "Center for U.S.-Mexican Studies"
				continue
			}
			if j > cs && d.andTheSubject(j) {
				j += 2 // "Committee on Housing and the Coastline" (mentions_andthe.go)
				continue
			}
			break
		}
		j = d.regionPairEnd(cs, j)
		if k == "of" && d.informedOwner(i, j) {
			break // "informed Congress of the Cabinet's plan": what Congress was told, not more name
		}
		if k == "for" && typ == schema.Agency && (d.toks[j-1].key == "party" || d.toks[j-1].key == "movement") {
			break // "the National Congress for the Liberal Party": a member's party, not the body's name
		}
		e = j
	}
	if typ == schema.Agency || typ == schema.Organization {
		e = d.remitTailEnd(i, e) // "Center for Research in Human Rights" (mentions_remittail.go)
	}
	// "… in Firearms, Ammunition, Explosives, and Other Related
	// Materials": a treaty's title ends in a list closed by "and"
	if typ == schema.Agreement && e > i+1 {
		e = d.treatyTitleEnd(e) // also "…, Inhuman or Degrading Treatment or Punishment" (agreements_titleor.go)
	} else if committeeHeads[t.key] && e > i+2 && d.toks[i+1].key == "on" {
		e = d.committeeSubjects(e) // "Subcommittee on Terrorism, Nonproliferation, and Trade"
	} else if (typ == schema.Agency || typ == schema.Organization) && e > i+2 && (d.toks[i+1].key == "of" || d.toks[i+1].key == "for") {
		e = d.remitList(e) // "Office of Judicial Reform, Mediation and Outreach" (mentions_remitlist.go)
	}
	// trim trailing connectors, "of the" too ("Institute of the John X Foundation" stops before a name)
	for e > i+1 && (d.toks[e-1].key == "and" || d.toks[e-1].key == "," || d.toks[e-1].key == "of" || d.toks[e-1].key == "the" && !d.toks[e-1].cap) {
		e--
	}
	if typ == schema.Agreement && d.agreementYearSuffix(i, e) {
		e++ // "the Andean Partnership to Protect the Coast 2030": the year closes the name (agreements_yearsuffix.go)
	}
	return e
}

// honorificAt reports whether token j is an honorific that starts a
// person's name, never a body's word: "Dr.", "Mrs.", "Honorable".
func (d *doc) honorificAt(j int) bool {
	return isHonorific(d.toks[j].key) && (strings.HasSuffix(d.toks[j].key, ".") || d.toks[j].letters > 3)
}

// orgFacility reports whether the name [s, e) with its head at token i is
// a place rather than a body: a prison, a base (facilityWords), or a name
// followed by a place noun ("the Artibonite and Centre departments").
func (d *doc) orgFacility(s, e, i int, typ schema.EntityType) bool {
	t := d.toks[i]
	facility := false
	for k := s; k < e; k++ {
		if facilityWords[d.toks[k].key] {
			facility = true
		}
	}
	if typ == schema.Agency || t.key == "institute" || t.key == "institution" || t.key == "system" {
		facility = false // "National Penitentiary Institute": a body that runs the prisons
	}
	if typ != schema.Agency && d.placeNounAfter(e) {
		facility = true // "the Artibonite and Centre departments": places
	}
	if d.regionDepartment(s, e, i) {
		facility = true // "in the Quilombe Department": a region (mentions_regiondept.go)
	}
	return facility
}

// ministryHeads open the name of a ministry or department of state.
var ministryHeads = set("ministry", "department", "secretariat")

// personAfterBody reports whether a title or a person's name starts at
// token j, inside the complement of a body's name that starts at token c:
// "Office of National Drug Control Policy Adam Cohen", "Committee on
// Homeland Security Chairman Ana Ruiz", "Department of Justice Senior
// Counsel Ana Ruiz" end before the title or the name.
func (d *doc) personAfterBody(c, j int) bool {
	if j <= c || j+1 >= len(d.toks) {
		return false
	}
	t, n := d.toks[j], d.toks[j+1]
	if domainWords[t.key] && j > c && d.toks[j-1].cap && domainWords[d.toks[j-1].key] && !titleHeads[t.key] {
		return false // "Committee on Homeland Security Chairman X": the domain's second word, not a title's first
	}
	if titleHeads[t.key] && d.capWord(j+1) && !n.brk || titleMods[t.key] && titleHeads[n.key] {
		// not a title closing a line: "Office of the Spokesperson / October 15";
		// nor one closing the name: "Office of the Auditor General found" (mentions_officeoftitle.go)
		return d.nameAfterTitle(j)
	}
	return d.g.given[t.key] != 0 && n.kind == tWord && n.cap && !n.brk && (d.capWord(j+1) || n.letters == 1)
}

// domainWords name a field of government; two in a row are one field
// ("Homeland Security", "Public Security", "National Security").
var domainWords = set("defense", "defence", "foreign", "interior", "security", "public", "finance", "justice",
	"trade", "homeland", "health", "economy", "treasury", "national", "drug", "border", "intelligence", "police")

// militaryThings after "military" make it an adjective: "US military aid",
// "the U.S. military mission"; so does a noun for people ("a senior U.S.
// military officer", see militaryAdjective).
var militaryThings = lexWords.set("militaryThings")

// militaryAdjective reports whether the word at j, right after "military",
// makes "military" an adjective of it rather than the institution: a thing
// the military does or has ("military aid") or people it has ("military
// officer", "military leaders").
func (d *doc) militaryAdjective(j int) bool {
	if j >= len(d.toks) || d.toks[j].brk || d.toks[j].kind != tWord {
		return false
	}
	k := d.toks[j].key
	return militaryThings[k] || personNouns[k] || roleNouns[k] || militaryPeople[k]
}

// militaryPeople are plural nouns for people of an armed force.
var militaryPeople = lexWords.set("militaryPeople")

// acronymAhead reports whether the capitalised words from token j (with
// of/for/to/and/the between them) end in a parenthesised acronym:
// "Adults Deprived of Liberty (SNAI)".
func (d *doc) acronymAhead(j int) bool {
	if j < len(d.toks) && d.toks[j].key == "the" {
		j++
	}
	if j >= len(d.toks) || !d.capWord(j) {
		return false
	}
	for k := j; k < len(d.toks) && k < j+10 && !d.toks[k].brk; k++ {
		t := d.toks[k]
		if t.key == "(" {
			return k+2 < len(d.toks) && d.toks[k+1].upper && d.toks[k+1].letters >= 2 && d.toks[k+2].key == ")"
		}
		if !d.capWord(k) && t.key != "of" && t.key != "for" && t.key != "to" && t.key != "and" && t.key != "the" && t.key != "-" {
			return false
		}
	}
	return false
}

// stateOrganWords before a council, commission or institute make it an
// organ of a state: elections, the presidency, the courts.
var stateOrganWords = set("electoral", "election", "elections", "presidential", "presidency", "judicial", "judiciary",
	"constitutional", "ministerial", "cabinet")

var stateOrganHeads = set("council", "commission", "institute", "board", "tribunal")

// forceSchoolHeads with forceSchoolWords before them name the school of a
// state's police or armed forces, a part of that state: "Police Academy",
// "Naval School", "Military College".
var (
	forceSchoolHeads = set("academy", "school", "college")
	forceSchoolWords = set("police", "military", "naval", "navy", "army", "guard", "gendarmerie", "carabineros")
)

// facilityWords make a capitalised name a facility: prisons, bases and
// ports are places, not entities.
var facilityWords = set("prison", "penitentiary", "confinement", "detention", "jail", "penal", "airport",
	"airbase", "hospital", "stadium", "barracks", "reformatory", "correctional", "penitenciario", "carcelario",
	"cárcel", "reclusión", "aeropuerto")

// companyHeads end a company's name.
var companyHeads = set("holdings", "partners", "logistics", "shipping", "trading", "enterprises", "industries",
	"investments", "ventures", "associates", "asociados", "consultores", "exports", "imports", "airlines", "airways",
	"lines", "maritime", "petroleum", "mining", "motors", "securities", "capital")

// corpSuffix end a company's name.
var corpSuffix = set("co.", "ltd.", "llc", "plc", "inc.", "inc", "limited", "gmbh", "ltda.", "s.a.", "corp.")

// bodyHeads end the name of a body that an office can belong to; "X
// Department's Office of Y" is two bodies.
var bodyHeads = set("department", "ministry", "agency", "bureau", "administration", "service", "command",
	"secretariat", "treasury", "division")

// facility reports whether a facility word is among tokens [s, e): "the
// prison Centro Penal de X" is a place.
func (d *doc) facility(s, e int) bool {
	for k := s; k < e; k++ {
		if k >= 0 && (facilityWords[d.toks[k].key] || d.toks[k].key == "centro" && k+1 < e && facilityWords[d.toks[k+1].key]) {
			return true
		}
	}
	return false
}

// committeeHeads may take a subject after "on" ("Subcommittee on the
// Western Hemisphere"); calendarWords never are one.
var committeeHeads = set("committee", "subcommittee", "commission", "council", "panel", "caucus")

var calendarWords = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december")

// prefixOrgHeads open the names of Spanish and Portuguese organisations.
var prefixOrgHeads = set("centro", "instituto", "universidad", "universidade", "asociación", "asociacion",
	"associação", "fundación", "fundacion", "fundação", "observatorio", "observatório", "colegio", "sociedad",
	"corporación", "corporacion", "consorcio", "frigorífico", "frigorifico", "grupo", "empresa", "cámara", "camara",
	"cooperativa", "sindicato", "federación", "federacion", "confederación", "confederacion", "colectivo", "movimiento",
	"plataforma", "alianza", "liga", "red", "radio", "television", "televisión", "diario", "periódico", "periodico", "revista", "compañía", "compania",
	"companhia", "inversiones", "naviera", "transportes", "terminal", "banco", "caja", "academia", "escuela", "comunidad",
	"comunidades", "museo", "consultoría", "consultoria", "comité", "comite", "foro", "abuelas", "madres", "familiares",
	"coordinadora", "colectiva")

// attorneyOfficeSeat reports whether "in" at token e, right after the head
// "Office" at i of "… Attorney's Office", opens a city or region the
// gazetteer knows as a place: a prosecutor's office is one of many, named
// by its seat ("the U.S. Attorney's Office in Miami"), never by a month.
func (d *doc) attorneyOfficeSeat(i, e int) bool {
	if d.toks[i].key != "office" || e != i+1 || i < 2 || d.toks[i-1].key != "'s" || d.toks[i-2].key != "attorney" ||
		e+1 >= len(d.toks) || !d.toks[e+1].cap || isMonth(d.toks[e+1].key) {
		return false
	}
	ps, n := d.g.lookup(d.toks, e+1)
	return n > 0 && ps[0].kind == kIgnore
}
