package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// portfolioNouns end a portfolio or remit in capitals ("Secretary of
// Foreign Affairs", "for Management and Resources"), never a name.
var portfolioNouns = lexWords.set("portfolioNouns")

// nameTok reports whether toks[i] can be a word of a person's name.
func (d *doc) nameTok(i int) bool {
	t := d.toks[i]
	if t.kind != tWord || !t.cap || d.at[i] != 0 {
		return false
	}
	if t.upper && t.letters >= 2 && !strings.HasSuffix(t.key, ".") {
		return false // acronym or shouted dateline
	}
	if w := d.surface(i, i+1); len(w) >= 3 && strings.HasSuffix(w, "s") && strings.ToUpper(w[:len(w)-1]) == w[:len(w)-1] {
		return false // an acronym's plural: "EADs", "TCOs"
	}
	if d.pendingTitle(i) || d.rankClass(i) {
		return false // "President-Elect Ana Ruiz", "Sgt. 1st Class Ana Ruiz": the capital ends the title
	}
	if stopCaps[t.key] || titleHeads[t.key] || honorifics[t.key] != 0 || t.key == "dr." || portfolioNouns[t.key] ||
		agencyHeads[t.key] || orgHeads[t.key] || cartelHeads[t.key] && d.g.given[t.key] == 0 || agreementHeads[t.key] {
		return false // (a given name that also heads gangs' names, "Mara", may open a person's)
	}
	if sg := strings.TrimSuffix(t.key, "s"); len(t.key) > 4 && sg != t.key && titleHeads[sg] && (!militaryRanks[sg] || i+1 < len(d.toks) && d.toks[i+1].cap) {
		return false // "Senior Directors Ana Ruiz and …", "the two Presidents": a plural title, no name
	}
	if titleMods[t.key] && i+1 < len(d.toks) && (titleHeads[d.toks[i+1].key] || titleMods[d.toks[i+1].key]) {
		return false // "Special Agent"
	}
	if strings.HasSuffix(t.key, ".") && t.letters > 1 && !d.joinedInitials(i) {
		return false // abbreviation such as "Gen."
	}
	if strings.Contains(t.key, "'") && pronounContraction(t.key) {
		return false // "I've", "We'll" at the start of a sentence
	}
	return true
}

// personRun returns the end of the run of name words starting at i.
func (d *doc) personRun(i int) int {
	e := i
	for e < len(d.toks) {
		if e > i && d.toks[e].brk {
			break
		}
		if d.nameTok(e) {
			e++
			continue
		}
		k := d.toks[e].key
		// "Luisa María Alcalde Luján": a Spanish title between a given
		// name and a name word is a surname, and so is one that ends the
		// name before punctuation ("… Luisa María Alcalde;")
		if e > i && d.toks[e].cap && romanceTitleHeads[k] && d.g.given[d.toks[e-1].key] != 0 &&
			(e+1 < len(d.toks) && !d.toks[e+1].brk && d.nameTok(e+1) || e+1 == len(d.toks) || d.toks[e+1].kind == tPunct && d.toks[e+1].key != "'s") {
			e++
			continue
		}
		if e > i && d.placeEndsName(i, e) {
			e++ // "Ana Ruiz Lima, one of …": a place's name ending a name is a surname
			continue
		}
		if e > i+1 && k == "-" && d.placeInSurname(e) {
			e += 2 // "Ana Ruiz-Lima": a surname's part that is also a place's name
			continue
		}
		if e > i && (particles[k] && !d.toks[e].cap || k == "-" && !d.toks[e].space) && e+1 < len(d.toks) &&
			(d.nameTok(e+1) || particles[d.toks[e+1].key] && e+2 < len(d.toks) && d.nameTok(e+2)) && !(k == "-" && d.toks[e+1].space) {
			e++
			continue
		}
		break
	}
	return e
}

// titleBefore returns the start of the title words just before token i
// ("former deputy administrator", "Special Agent", "Gen.") and whether a
// title head or honorific is among them.
func (d *doc) titleBefore(i int) (int, bool, byte) {
	s := i
	head := false
	var gender byte
	for s > 0 {
		if d.toks[s].brk {
			break // a title ends its line: "… Gang Leader" over "Early this morning"
		}
		t := d.toks[s-1]
		if t.kind != tWord || d.at[s-1] != 0 {
			break
		}
		if g, ok := honorifics[t.key]; ok {
			head = true
			if g != 0 {
				gender = g
			}
			s--
			continue
		}
		if d.pendingTitle(s - 1) {
			s -= 2 // "President-elect": the head is read next
			continue
		}
		if d.rankClass(s - 1) {
			s -= 2 // "Sgt. 1st Class", "Petty Officer Second Class": the rank is read next
			continue
		}
		if titleHeads[t.key] || (t.key == "force" && s-2 >= 0) {
			head = true
			switch t.key {
			case "spokeswoman", "chairwoman", "congresswoman", "queen":
				gender = 'f'
			case "spokesman", "chairman", "congressman", "king":
				gender = 'm'
			}
			s--
			continue
		}
		if titleMods[t.key] && head || titleMods[t.key] && s < i {
			s--
			continue
		}
		if titleMods[t.key] && !head && s >= 3 && d.toks[s-2].key == "of" && titleHeads[d.toks[s-3].key] {
			s -= 2 // "Secretary of State X": the head is read next
			continue
		}
		break
	}
	if d.toks[i-min(i, 1)].brk && s < i && false {
		return i, false, 0
	}
	return s, head, gender
}

// persons finds people among the words no other pattern claimed.
func (d *doc) persons() {
	var single, unsure []nameRun
	d.nicknamed()
	d.parenNicknamed()
	d.acronymCliqueNames()
	d.bareAcronymBodies()
	d.namedCliqueNames()
	d.quotedGroupNames()
	d.quotedNicknames()
	d.bareNicknames()
	d.singleQuotedNicknames()
	d.floorSpeakers()
	d.capsNames()
	d.capsSurnames()
	for i := 0; i < len(d.toks); i++ {
		if !d.nameTok(i) {
			continue
		}
		e := d.personRun(i)
		s := i
		i = e - 1
		if k := d.toks[e-1].key; documentHeads[k] || thingHeads[k] || d.prefixOfCompound(e) || d.namesPlaceAfter(e) {
			// "… Designation Act", "the Order", "Simon Bolivar Bridge",
			// "the Presidential Delegation", "Major Non-NATO Ally": no one
			d.take(&mention{s: s, e: e, class: mIgnore})
			continue
		}
		if d.vesselAt(s) {
			d.take(&mention{s: s, e: e, class: mIgnore}) // "the Cutter Ana Ruiz": a ship, no one
			continue
		}
		cut := d.nameAfterPortfolio(s, e)
		afterPortfolio := cut > s // "… for A, B, and Human Rights Ana Vik": the run began in a title
		if !afterPortfolio && d.portfolioTail(s, e) {
			d.take(&mention{s: s, e: e, class: mIgnore}) // "Minister of Trade and Rural Development, Ana Ruiz"
			continue
		}
		s = cut
		s = d.pastDistrictState(s, e)
		s = d.pastCapitalDC(s, e)
		for e-s > 2 && d.honorificWord(s) {
			s++ // "The Honorable Ana Ruiz", "His Excellency Ana Ruiz": the name follows the honorific
		}
		if d.titlecase[d.toks[s].para] && !d.listItem(d.paraStart(s)) && !d.titleAppositionLine(e) && !d.bylineName(s, e) && !d.contactName(s, e) && !d.labelLineName(s, e) {
			// a headline's capitals are not names (a list item's are): "Ana Ruiz Heads U.S.
			// Delegation", "Trump Signs"
			if c := d.headlineNameEnd(s, e); c < e {
				d.take(&mention{s: c, e: e, class: mIgnore})
				if e = c; e == s {
					continue
				}
			}
		}
		n := 0
		for k := s; k < e; k++ {
			if d.toks[k].kind == tWord && (!particles[d.toks[k].key] || k == e-1 && d.toks[k].cap && k > s) {
				n++ // a capitalised particle ending the name is its surname: "Ana Das"
			}
		}
		if e-s >= 2 && (usPartyWords[d.toks[e-1].key] || partyTagWords[d.toks[e-1].key]) {
			// "a Virginia Democrat", "a Florida Republican": a party tag, not a name
			d.take(&mention{s: s, e: e, class: mIgnore})
			continue
		}
		if n == 1 && d.g.given[d.toks[s].key] == 0 && d.orgApposition(e) {
			// "at Cristalia, a Peruvian human rights group": a one-word body
			if _, gn := d.g.lookup(d.toks, s); gn == 0 {
				ent := d.entity(schema.Organization, d.surface(s, e), s)
				d.take(&mention{s: s, e: e, ent: ent, typ: schema.Organization})
				ent.mentions++
				continue
			}
		}
		if n == 1 || n > 5 {
			if n == 1 {
				single = append(single, nameRun{s, e})
			}
			continue
		}
		pending := nameRun{s, e}
		ts, titled, gender := d.titleBefore(s)
		_ = ts
		titled = titled || d.districtTitledName(s) || afterPortfolio && d.longTitleBefore(s) ||
			d.nameAfterTitledBody(s, e) || // "Director of the X Network Ana Vik"
			d.pluralTitleBefore(s) // "Trial Attorneys Ana Vik and …" (persons_pluraltitle.go)
		g := d.g.given[d.toks[s].key]
		if !titled && d.placeLike(s, e, g != 0) {
			d.take(&mention{s: s, e: e, class: mIgnore})
			continue
		}
		if !titled && d.cartelBody(s, e) {
			continue // "the Consejo Mayor, which is the gang's ruling body"
		}
		if !titled && d.orgApposition(e) {
			// "Foro Penal, a Venezuelan human rights group"
			ent := d.entity(schema.Organization, d.surface(s, e), s)
			d.take(&mention{s: s, e: e, ent: ent, typ: schema.Organization, rule: "entity/org-apposition"})
			ent.mentions++
			continue
		}
		kinG, kin := d.kinApposition(s, e)
		if !kin {
			kinG, kin = d.kinListBefore(s)
		}
		kin = kin || d.agentBefore(s) || d.falseTitleBefore(s)
		if gender == 0 {
			gender = kinG
		}
		ev := titled || g != 0 || kin || d.personEvidenceRule(s, e) != "" // persons_evidence.go
		if ev && d.definiteName(s, e, titled, kin) {
			ev = false // "the Ranfla Nacional continued": a body's name, not a person's
		}
		if ev && !titled && !kin && areaHeads[d.toks[e-1].key] {
			// "the sheriff of Pine County said", "Frederick County, Maryland":
			// a place's name, not a person's, a given name before the area
			// word too; a title or kin word still makes a person
			ev = false
		}
		if !ev {
			if n <= 3 {
				single = append(single, pending)
			}
			unsure = append(unsure, pending)
			continue
		}
		name := d.surface(s, e)
		if gp := d.gazPerson(name); gp != nil && gp.name != "" && fold(gp.name) != fold(name) {
			name = gp.name // "Donald J. Trump" is the gazetteer's "Donald Trump"; "Bolanos" stays as written
		}
		ent := d.entity(schema.Person, name, s)
		ent.alias(d.surface(s, e))
		ent.toks = d.nameKeys(s, e)
		if se := d.nameSuffixEnd(s, e); se > e {
			ent.alias(d.surface(s, se)) // "Ana Ruiz, Jr."
			e = se
		}
		if gender == 0 {
			if g == 'f' || g == 'm' {
				gender = g
			}
		}
		if ent.gender == 0 {
			ent.gender = gender
		}
		pm := &mention{s: s, e: e, ent: ent, typ: schema.Person}
		if d.why != nil {
			pm.rule = d.personRule(s, e, titled, g != 0, kin)
		}
		d.take(pm)
		d.placesInName(pm)
	}
	single = d.sharedSurnames(single)
	d.listedNames(unsure)
	d.knownSurnameRuns(unsure) // persons_knownsurname.go
	d.listedBodies()
	// merge people whose name is a shorter form of another's
	d.mergePeople()
	defer d.nicknameRefs()
	defer d.firstNameAliases()
	defer d.surnamePrefixAliases()
	defer d.akaAliases()
	d.singleNames(single)
}

// nameRun is a run of capitalised name words [s, e).
type nameRun struct{ s, e int }

// singleNames reads the one-word name runs persons left (single): the
// surname of a person named before, or a person of their own when a
// title, a reporting verb or an apposition says so ("Mayor Vidal", "Vidal
// said", "Vidal, the head of the X,"); a surname several people share
// names no one.
func (d *doc) singleNames(single []nameRun) {
	for _, r := range single {
		if d.at[r.s] != 0 {
			continue
		}
		if r.e-r.s == 1 && d.countedPlural(r.s) {
			continue // "the three Parties met"
		}
		key := d.nameKeys(r.s, r.e)
		if p := d.personBySuffix(key, r.s); p == d.ambiguous {
			d.take(&mention{s: r.s, e: r.e, class: mIgnore}) // "Pérez" with two Pérezes: no one
			continue
		} else if p != nil {
			d.take(&mention{s: r.s, e: r.e, ent: p, typ: schema.Person})
			p.alias(d.surface(r.s, r.e))
			continue
		}
		ts, titled, gender := d.titleBefore(r.s)
		titled = titled && !d.possessedHeadlineNoun(ts, r) || d.districtTitledName(r.s) || d.portfolioSurname(r.s, r.e) || // not "Misused His Official Car"
			r.e-r.s == 1 && d.pluralTitledList(r.s) // "Senators Ruiz and Vik"
		if !titled && (d.placeLike(r.s, r.e, d.g.given[d.toks[r.s].key] != 0) || r.e-r.s == 1 && d.placeNamedElsewhere(d.toks[r.s].key)) {
			continue // "the port of Limón … Officials say Limón has": the place
		}
		if r.e < len(d.toks) && d.toks[r.e].cap && titleHeads[d.toks[r.e].key] {
			continue // "Chief Patrol Agent": a word of a title
		}
		if r.e-r.s == 1 && (titleMods[d.toks[r.s].key] || companyHeads[d.toks[r.s].key]) {
			continue // "Customs said": a body's word, not a surname
		}
		if r.s > 0 && placeLocatives[d.toks[r.s-1].key] && !titled {
			continue // "Mayor X of Sayaxché said": the word after "of" is a place
		}
		kinG, kin := d.kinApposition(r.s, r.e)
		kin = kin && d.g.given[d.toks[r.s].key] != 0 // "my wife, Jill,": a given name apposed to a relative
		if gender == 0 {
			gender = kinG
		}
		voc := d.vocative(r.s, r.e) // "Q Ana, on Peru …": a reporter the briefer calls on
		holder := d.holderUse(r)    // "Maduro’s plans": a known holder's surname as a name of its own
		if r.e-r.s == 1 && d.addressedChair(r.s) {
			continue // "Mr. Speaker, …", "Madam Chair": the holder of a chair addressed, no name
		}
		if r.e-r.s == 1 && !titled && !kin && holder == nil && d.commonWordCap(r.s) {
			continue // "Further, the President …", "to say Mass": a word the text writes in lower case
		}
		if bodyApp := d.bodyApposition(r.e); r.e-r.s == 1 && d.toks[r.s].letters > 1 && (titled || kin || d.speechNear(r.s, r.e) || bodyApp || voc || holder != nil) {
			if d.toks[r.s].sent == d.toks[max(r.s-1, 0)].sent || titled || bodyApp || voc || holder != nil {
				name := d.surface(r.s, r.e)
				if gp := d.g.people["|"+fold(name)]; gp != nil && gp.name != "" && titled && d.titleFits(r.s, gp.title) {
					name = gp.name
				} else if holder != nil && !titled {
					name = holder.name
				}
				ent := d.entity(schema.Person, name, r.s)
				if holder != nil && ent.mentions == 0 && len(ent.aliases) == 0 && !titled && d.toks[r.e].key == "'s" {
					ent.heldBy = true
				}
				ent.toks = d.nameKeys(r.s, r.e)
				if ent.gender == 0 {
					ent.gender = gender
				}
				ent.alias(d.surface(r.s, r.e))
				d.take(&mention{s: r.s, e: r.e, ent: ent, typ: schema.Person})
			}
		}
	}
}

// thingHeads end the names of places, groups and abstractions, which name
// no one: "Simon Bolivar Bridge", "the Presidential Delegation", "the
// Administration".
var thingHeads = lexWords.set("thingHeads")

// prefixOfCompound reports whether the run ending before token e is the
// first part of a hyphenated compound with an acronym: "Non-NATO".
func (d *doc) prefixOfCompound(e int) bool {
	if e+1 >= len(d.toks) || d.toks[e].key != "-" || d.toks[e].space || d.toks[e+1].space {
		return false
	}
	return d.toks[e+1].upper && d.toks[e+1].letters >= 2
}

// documentHeads end the names of laws and documents, which name no one;
// court papers too ("The Indictment charges X", "the Complaint alleges");
// their plurals ("a series of Executive Orders").
var documentHeads = set("act", "order", "law", "bill", "statute", "directive", "memorandum", "proclamation",
	"resolution", "code", "amendment", "decree", "treaty", "accord", "convention", "protocol", "indictment",
	"complaint", "affidavit", "subpoena",
	"orders", "directives", "memoranda", "memorandums", "proclamations", "resolutions", "decrees", "treaties", "indictments")

// headlineNameEnd cuts a run of capitalised words [s, e) of a title-case
// line where the name ends: a word is part of a name when it is a known
// given name, an initial, a word the body writes capitalised inside a
// sentence, the start of a name the gazetteer knows, or the surname right
// after a given name. "Director Ana Ruiz Heads" ends before "Heads",
// "Green Announces Full" after "Green" (the body's "Chairman Green said"),
// "Fentanyl Criminal" at once.
func (d *doc) headlineNameEnd(s, e int) int {
	d.bodyWords()
	given := func(k int) bool { return d.g.given[d.toks[k].key] != 0 }
	initial := func(k int) bool { return d.toks[k].letters == 1 }
	// a title before words the body does not use: a name written only
	// here ("Sen. Dana Pell", "Spokesperson Ora Vik Lund on …"), up to a
	// verb ("… Heads", "… Visits", "… Welcoming") or a word the body writes
	// in lower case
	_, titled, _ := d.titleBefore(s)
	afterTitle := titled
	// "Vice President Harris Before Meeting …": a surname the gazetteer
	// knows, after the title of its holder's office
	if gp := d.g.people["|"+d.toks[s].key]; titled && gp != nil && gp.title != "" && d.titleFits(s, gp.title) {
		return s + 1
	}
	if titled && e-s == 1 && e < len(d.toks) && d.toks[e].key == "'s" && !d.bodyLower[d.toks[s].key] {
		return e // "Under Secretary Vik's Remarks …": a titled surname with a possessive
	}
	titled = titled && e-s >= 2 && !d.bodyCaps[d.toks[s].key] && !d.bodyCaps[d.toks[s+1].key]
	for k := s; k < e; k++ {
		key := d.toks[k].key
		switch {
		case given(k) || initial(k) || d.bodyCaps[key] || particles[key] || key == "-":
		case d.bodyLower[key]:
			return k
		case (k > s || afterTitle) && strings.HasSuffix(key, "s") && (speechVerbs[key] || directVerbs[key] || headlineVerbs[key]):
			// "Ambassador Ruiz Congratulates …": a verb of the headline ends the name;
			// "Former Minister Pleads Guilty …": right after the title, it leaves no name
			return k
		case titled && (k < s+2 || !strings.HasSuffix(key, "s") && !strings.HasSuffix(key, "ing")):
		case d.g.people[fold(d.surface(s, k+1))] != nil:
		case k > s && (given(k-1) || particles[d.toks[k-1].key] || d.toks[k-1].key == "-" ||
			initial(k-1) && k-1 > s && given(k-2)):
		default:
			return k
		}
	}
	return e
}

// nameKeys are the folded words of a name, hyphens kept as words.
func (d *doc) nameKeys(s, e int) []string {
	var out []string
	for k := s; k < e; k++ {
		out = append(out, d.toks[k].key)
	}
	return out
}

// personBySuffix finds the person whose name ends with key (a surname or
// a compound surname, or the whole name written again where nothing
// around it says it is a person's: "X, 41, arrived … X was charged"),
// preferring the most recently mentioned.
func (d *doc) personBySuffix(key []string, at int) *entity {
	var best *entity
	n, before := 0, 0
	for _, e := range d.entList {
		if e.typ != schema.Person || len(e.toks) < len(key) {
			continue
		}
		if !suffix(e.toks, key) && !(len(key) == 1 && contains(e.toks[1:], key[0])) {
			continue
		}
		n++
		if e.first < at {
			before++
		}
		if best == nil || e.first > best.first && e.first < at {
			best = e
		}
	}
	// a surname several people named so far share names none of them
	if before > 1 || before == 0 && n > 1 {
		return d.ambiguous
	}
	return best
}

// suffix reports whether the words s end the words full.
func suffix(full, s []string) bool {
	if len(s) > len(full) {
		return false
	}
	off := len(full) - len(s)
	for i := range s {
		if full[off+i] != s[i] {
			return false
		}
	}
	return true
}

// contains reports whether xs holds x, a word of three letters or more.
func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x && len(x) > 2 {
			return true
		}
	}
	return false
}

// titleFits reports whether a title word just before token i is part of
// the office a known holder held ("President Bukele" but not "Mr. Gates").
func (d *doc) titleFits(i int, office string) bool {
	ts, _, _ := d.titleBefore(i)
	o := fold(office)
	for k := ts; k < i; k++ {
		if key := strings.TrimSuffix(d.toks[k].key, "."); titleHeads[d.toks[k].key] && strings.Contains(o, key) {
			return true
		}
	}
	return false
}

// surnameCountry reports whether the one-word country at i follows a known
// given name that opens a name, so that it is a surname: "Deputy Attorney
// General Lisa Monaco", "Ana Chile". A given name after another capitalised
// word ("Santa Lucia") or a country that goes on ("Jordan Valley") is not.
func (d *doc) surnameCountry(i int, best *phrase) bool {
	if best.kind != kEntity || best.entry.typ != schema.Government || i == 0 || d.toks[i].brk {
		return false
	}
	g := d.toks[i-1]
	if g.cap && g.kind == tWord && titleHeads[g.key] && !d.titlecase[g.para] && g.sent == d.toks[i].sent && !d.toks[i].brk &&
		(i+1 >= len(d.toks) || !d.capWord(i+1) || d.toks[i+1].brk) {
		return true // "Deputy Attorney General Monaco": a title before a surname; a state is named with "of"
	}
	if !g.cap || g.kind != tWord || d.g.given[g.key] == 0 || d.toks[i-1].sent != d.toks[i].sent {
		return false
	}
	if i >= 2 && d.capWord(i-2) && !titleHeads[d.toks[i-2].key] && d.toks[i-2].sent == d.toks[i].sent {
		return false
	}
	return i+1 >= len(d.toks) || !d.capWord(i+1) || d.toks[i+1].brk
}

// pastCapitalDC returns the start of a name run [s, e) past a "D.C." that
// ends the capital's name before it ("in Washington, D.C. Ana Ruiz, who
// …", where no full stop follows the abbreviation's own): the run's first
// word is the District's, not an initial of the name.
func (d *doc) pastCapitalDC(s, e int) int {
	if e-s >= 2 && s >= 2 && d.toks[s].key == "d.c." && d.toks[s-1].key == "," && d.toks[s-2].key == "washington" {
		return s + 1
	}
	return s
}
