package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// nameTok reports whether toks[i] can be a word of a person's name.
func (d *doc) nameTok(i int) bool {
	t := d.toks[i]
	if t.kind != tWord || !t.cap || d.at[i] != 0 {
		return false
	}
	if t.upper && t.letters >= 2 && !strings.HasSuffix(t.key, ".") {
		return false // acronym or shouted dateline
	}
	if stopCaps[t.key] || titleHeads[t.key] || honorifics[t.key] != 0 || t.key == "dr." ||
		agencyHeads[t.key] || orgHeads[t.key] || cartelHeads[t.key] || agreementHeads[t.key] {
		return false
	}
	if titleMods[t.key] && i+1 < len(d.toks) && (titleHeads[d.toks[i+1].key] || titleMods[d.toks[i+1].key]) {
		return false // "Special Agent"
	}
	if strings.HasSuffix(t.key, ".") && t.letters > 1 {
		return false // abbreviation such as "Gen."
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
		break
	}
	if d.toks[i-min(i, 1)].brk && s < i && false {
		return i, false, 0
	}
	return s, head, gender
}

// persons finds people among the words no other pattern claimed.
func (d *doc) persons() {
	type run struct{ s, e int }
	var single []run
	d.nicknamed()
	for i := 0; i < len(d.toks); i++ {
		if !d.nameTok(i) {
			continue
		}
		e := d.personRun(i)
		s := i
		i = e - 1
		if k := d.toks[e-1].key; documentHeads[k] {
			d.take(&mention{s: s, e: e, class: mIgnore}) // "… Designation Act", "the Order": no one
			continue
		}
		// "… for Trade and Finance Marion Holloway": a portfolio word
		// before a given name is part of the title, not of the name
		if pk := d.toks[max(s-1, 0)].key; e-s >= 3 && s > 0 && titleMods[d.toks[s].key] && d.g.given[d.toks[s].key] == 0 &&
			(d.g.given[d.toks[s+1].key] != 0 || pk == "and" || pk == "for" || pk == "of") {
			s++
		}
		// "… for Narcotics and Law Enforcement Affairs Delphine Marchetti":
		// the portfolio's words before a given name belong to the title
		if pk := d.toks[max(s-1, 0)].key; e-s >= 3 && s > 0 && (pk == "and" || pk == "for" || pk == "of") && d.g.given[d.toks[s].key] == 0 {
			moved := false
			for k := s + 1; k+1 < e; k++ {
				if d.g.given[d.toks[k].key] != 0 {
					s, moved = k, true
					break
				}
			}
			if !moved && e-s >= 4 {
				// no known given name: a name is its last two words, or three
				// with a middle initial
				s = e - 2
				if t := d.toks[e-2]; t.letters == 1 || strings.HasSuffix(t.key, ".") && t.letters <= 2 {
					s = e - 3
				}
			}
		}
		if d.titlecase[d.toks[s].para] {
			// a headline's capitals are not names: "Ana Ruiz Heads U.S.
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
			if d.toks[k].kind == tWord && !particles[d.toks[k].key] {
				n++
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
				single = append(single, run{s, e})
			}
			continue
		}
		pending := run{s, e}
		ts, titled, gender := d.titleBefore(s)
		_ = ts
		g := d.g.given[d.toks[s].key]
		if !titled && d.placeLike(s, e, g != 0) {
			d.take(&mention{s: s, e: e, class: mIgnore})
			continue
		}
		if !titled && d.orgApposition(e) {
			// "Foro Penal, a Venezuelan human rights group"
			ent := d.entity(schema.Organization, d.surface(s, e), s)
			d.take(&mention{s: s, e: e, ent: ent, typ: schema.Organization})
			ent.mentions++
			continue
		}
		kinG, kin := d.kinApposition(s, e)
		kin = kin || d.agentBefore(s)
		if gender == 0 {
			gender = kinG
		}
		ev := titled || g != 0 || kin || d.namedPerson(s) || d.speechNear(s, e) || d.appositionAfter(e) || d.g.people[fold(d.surface(s, e))] != nil ||
			d.titledApposition(s, e) || d.personApposition(e)
		if !ev {
			if n <= 3 {
				single = append(single, pending)
			}
			continue
		}
		name := d.surface(s, e)
		ent := d.entity(schema.Person, name, s)
		ent.toks = d.nameKeys(s, e)
		if gender == 0 {
			if g == 'f' || g == 'm' {
				gender = g
			}
		}
		if ent.gender == 0 {
			ent.gender = gender
		}
		d.take(&mention{s: s, e: e, ent: ent, typ: schema.Person})
	}
	// merge people whose name is a shorter form of another's
	d.mergePeople()
	defer d.firstNameAliases()
	for _, r := range single {
		if d.at[r.s] != 0 {
			continue
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
		_, titled, gender := d.titleBefore(r.s)
		if !titled && d.placeLike(r.s, r.e, d.g.given[d.toks[r.s].key] != 0) {
			continue
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
		if bodyApp := d.bodyApposition(r.e); r.e-r.s == 1 && d.toks[r.s].letters > 1 && (titled || d.speechNear(r.s, r.e) || bodyApp) {
			if d.toks[r.s].sent == d.toks[max(r.s-1, 0)].sent || titled || bodyApp {
				name := d.surface(r.s, r.e)
				if gp := d.g.people["|"+fold(name)]; gp != nil && gp.name != "" && titled && d.titleFits(r.s, gp.title) {
					name = gp.name
				}
				ent := d.entity(schema.Person, name, r.s)
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

// documentHeads end the names of laws and documents, which name no one.
var documentHeads = set("act", "order", "law", "bill", "statute", "directive", "memorandum", "proclamation",
	"resolution", "code", "amendment", "decree", "treaty", "accord", "convention", "protocol")

// headlineNameEnd cuts a run of capitalised words [s, e) of a title-case
// line where the name ends: a word is part of a name when it is a known
// given name, an initial, a word the body writes capitalised inside a
// sentence, the start of a name the gazetteer knows, or the surname right
// after a given name. "Director Ana Ruiz Heads" ends before "Heads",
// "Green Announces Full" after "Green" (the body's "Chairman Green said"),
// "Fentanyl Criminal" at once.
func (d *doc) headlineNameEnd(s, e int) int {
	if d.bodyCaps == nil {
		d.bodyCaps, d.bodyLower = map[string]bool{}, map[string]bool{}
		for k := 1; k < len(d.toks); k++ {
			t := d.toks[k]
			if t.kind != tWord || d.titlecase[t.para] {
				continue
			}
			if !t.cap {
				d.bodyLower[t.key] = true
			} else if d.toks[k-1].sent == t.sent && !t.brk {
				d.bodyCaps[t.key] = true
			}
		}
	}
	given := func(k int) bool { return d.g.given[d.toks[k].key] != 0 }
	initial := func(k int) bool { return d.toks[k].letters == 1 }
	// a title before words the body does not use: a name written only
	// here ("Sen. Dana Pell", "Spokesperson Ora Vik Lund on …"), up to a
	// verb ("… Heads", "… Visits") or a word the body writes in lower case
	_, titled, _ := d.titleBefore(s)
	titled = titled && e-s >= 2 && !d.bodyCaps[d.toks[s].key] && !d.bodyCaps[d.toks[s+1].key]
	for k := s; k < e; k++ {
		key := d.toks[k].key
		switch {
		case given(k) || initial(k) || d.bodyCaps[key] || particles[key] || key == "-":
		case d.bodyLower[key]:
			return k
		case titled && (k < s+2 || !strings.HasSuffix(key, "s")):
		case d.g.people[fold(d.surface(s, k+1))] != nil:
		case k > s && (given(k-1) || particles[d.toks[k-1].key] || d.toks[k-1].key == "-" ||
			initial(k-1) && k-1 > s && given(k-2)):
		default:
			return k
		}
	}
	return e
}

// firstNameAliases merges a person named by one word into the only person
// whose full name starts with it ("I told Hermelinda" after "Hermelinda
// Catalán Nava").
func (d *doc) firstNameAliases() {
	for _, e := range d.entList {
		if e.typ != schema.Person || len(e.toks) != 1 {
			continue
		}
		var only *entity
		n := 0
		for _, f := range d.entList {
			if f != e && f.typ == schema.Person && len(f.toks) >= 2 && f.toks[0] == e.toks[0] {
				only = f
				n++
			}
		}
		if n != 1 {
			continue
		}
		d.repoint(e, only)
		e.typ = "" // dropped
	}
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
// a compound surname), preferring the most recently mentioned.
func (d *doc) personBySuffix(key []string, at int) *entity {
	var best *entity
	n, before := 0, 0
	for _, e := range d.entList {
		if e.typ != schema.Person || len(e.toks) <= len(key) {
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

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x && len(x) > 2 {
			return true
		}
	}
	return false
}

// mergePeople folds a person found under a shorter multi-word name into the
// person with the fuller name ("Lopez Obrador" into "Andres Manuel Lopez
// Obrador").
func (d *doc) mergePeople() {
	for _, e := range d.entList {
		if e.typ != schema.Person {
			continue
		}
		for _, f := range d.entList {
			if f == e || f.typ != schema.Person || len(f.toks) <= len(e.toks) || !suffix(f.toks, e.toks) {
				continue
			}
			d.repoint(e, f)
			if f.gender == 0 {
				f.gender = e.gender
			}
			if e.first < f.first {
				f.first = e.first
			}
			e.typ = "" // dropped
			break
		}
	}
}

// speechNear reports whether a reporting verb touches the name at [s, e).
func (d *doc) speechNear(s, e int) bool {
	if e < len(d.toks) && reportVerbsAfter[d.toks[e].key] {
		return true
	}
	if e+1 < len(d.toks) && (d.toks[e].key == "also" || d.toks[e].key == "later") && reportVerbsAfter[d.toks[e+1].key] {
		return true
	}
	if s > 0 && reportVerbsAfter[d.toks[s-1].key] {
		return true
	}
	if s > 1 && d.toks[s-1].key == "to" && d.toks[s-2].key == "according" {
		return true
	}
	// "…,” said Assistant Secretary for Trade and Finance X": a reporting
	// verb after a quotation, then a title phrase, then the name
	for k := s - 1; e-s >= 2 && k > 0 && k >= s-14 && d.toks[k].sent == d.toks[s].sent; k-- {
		t := d.toks[k]
		if reportVerbsAfter[t.key] {
			p := d.toks[k-1]
			return p.kind == tQuote || p.key == ","
		}
		if t.kind != tWord || !t.cap && !titleHeads[t.key] && !titleMods[t.key] && t.key != "for" && t.key != "of" && t.key != "and" && t.key != "the" {
			return false
		}
	}
	return false
}

// appositionAfter reports whether ", [the] <title>" or ", of the" follows.
func (d *doc) appositionAfter(e int) bool {
	if e+1 >= len(d.toks) || d.toks[e].key != "," {
		return false
	}
	if tp := d.titlePhraseAt(e + 1); tp.head && (!d.toks[e+1].cap || d.mentionAt(e+1) != nil) {
		return true // ", the group's founder", ", Peru's minister for trade"
	}
	j := e + 1
	for j < len(d.toks) && j < e+5 {
		k := d.toks[j].key
		if titleHeads[k] {
			return true
		}
		if k == "of" && j == e+1 || k == "alias" && j == e+1 || k == "aka" && j == e+1 {
			return true // ", of the X", ", alias “Y”"
		}
		if k == "the" || k == "a" || k == "an" || k == "who" || titleMods[k] || d.at[j] != 0 {
			if k == "who" {
				return true
			}
			j++
			continue
		}
		break
	}
	return false
}

// placeFirst open place names, never people's: "San Lorenzo", "Puerto
// Asís", "Ciudad Hidalgo".
var placeFirst = set("san", "santa", "santo", "sao", "puerto", "porto", "port", "ciudad", "villa", "nueva",
	"nuevo", "rio", "lago", "lake", "isla", "cerro", "bahia", "fort", "mount", "cabo", "cape", "valle", "playa",
	"colonia", "barrio", "municipio", "departamento", "estado", "provincia")

// placeLocatives before a capitalised name make it a place unless it
// starts with a given name: "in Tumbes", "from Las Palmas".
var placeLocatives = set("in", "at", "from", "near", "outside", "toward", "towards", "into", "across",
	"around", "through", "inside", "within", "of")

// placeOf before "of" make what follows a place: "residents of X".
var placeOf = set("residents", "outskirts", "city", "town", "village", "province", "state", "department",
	"streets", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "centre",
	"center", "port", "municipality", "region", "neighborhood", "neighbourhood", "mayor", "governor", "people")

// partyTagWords end a party tag written like a name ("Texas Democrat").
var partyTagWords = set("independent", "conservative", "liberal", "socialist", "libertarian")

// adminPlaceNouns after a name make it a place: "Falcón state", "the
// Artibonite and Centre departments".
var adminPlaceNouns = set("state", "states", "province", "provinces", "department", "departments", "region",
	"regions", "municipality", "municipalities", "district", "districts", "parish", "parishes", "county",
	"counties", "canton", "cantons")

// placeNounAfter reports whether the name ending at e is followed by an
// administrative place noun in lower case, directly or after "and NAME".
func (d *doc) placeNounAfter(e int) bool {
	if e < len(d.toks) && d.toks[e].kind == tWord && !d.toks[e].cap && adminPlaceNouns[d.toks[e].key] {
		nx := ""
		if e+1 < len(d.toks) {
			nx = d.toks[e+1].key
		}
		return !titleHeads[nx] && !titleMods[nx] && nx != "'s" // not "the state governor", "the state's prosecutor"
	}
	if e+2 < len(d.toks) && d.toks[e].key == "and" && d.capWord(e+1) {
		j := e + 1
		for j < len(d.toks) && j < e+4 && d.capWord(j) {
			j++
		}
		return j > e+1 && d.placeNounAfter(j) && adminPlaceNouns[d.toks[j].key] && strings.HasSuffix(d.toks[j].key, "s")
	}
	return false
}

// placeNouns in an apposition make the name before a place: "Ancón, a
// fishing town".
var placeNouns = set("town", "city", "village", "municipality", "port", "province", "state", "region",
	"department", "district", "neighborhood", "neighbourhood", "community", "island", "settlement", "hamlet",
	"suburb", "slum", "valley", "river", "border", "capital", "county", "parish", "commune", "canton")

// placeLike reports whether the capitalised run [s, e) names a place.
func (d *doc) placeLike(s, e int, given bool) bool {
	if placeFirst[d.toks[s].key] {
		return true
	}
	if !given && s > 0 && d.toks[s-1].sent == d.toks[s].sent && placeLocatives[d.toks[s-1].key] &&
		(d.toks[s-1].key != "of" || s > 1 && placeOf[d.toks[s-2].key]) {
		return true
	}
	// "Sucre and Falcón states", "the Artibonite department"
	if d.placeNounAfter(e) {
		return true
	}
	// ", a fishing town"
	if e+1 < len(d.toks) && d.toks[e].key == "," {
		j := e + 1
		if d.toks[j].key != "a" && d.toks[j].key != "an" && d.toks[j].key != "the" {
			return false
		}
		j++
		for n := 0; n < 3 && j < len(d.toks) && d.toks[j].kind == tWord && !d.toks[j].cap; n, j = n+1, j+1 {
			if placeNouns[d.toks[j].key] && !(j+1 < len(d.toks) && (titleHeads[d.toks[j+1].key] || titleMods[d.toks[j+1].key])) {
				return true // not "the state governor"
			}
		}
	}
	return false
}

// titledApposition reports whether the name [s, e) stands between commas
// after a title: "The acting director of the police, Rameau Normil, said".
func (d *doc) titledApposition(s, e int) bool {
	if s < 2 || d.toks[s-1].key != "," || e >= len(d.toks) || d.toks[e].key != "," && d.toks[e].key != "." && !reportVerbsAfter[d.toks[e].key] {
		return false
	}
	for k := s - 2; k >= 0 && k >= s-10 && d.toks[k].sent == d.toks[s].sent; k-- {
		if d.toks[k].key == "," || d.toks[k].kind == tQuote {
			return false
		}
		if titleHeads[d.toks[k].key] && (!d.toks[k].cap || k > 0 && d.toks[k-1].key == "the") {
			return true
		}
	}
	return false
}

// orgNouns in an apposition make the name before an organisation: "X, a
// human rights group".
var orgNouns = set("group", "organization", "organisation", "ngo", "foundation", "association", "think-tank",
	"newspaper", "daily", "outlet", "broadcaster", "network", "coalition", "collective", "institute", "company",
	"firm", "charity", "nonprofit", "non-profit", "watchdog", "party", "movement", "consultancy", "university")

// orgApposition reports whether ", a/an/the … <organisation noun>" follows
// token e.
func (d *doc) orgApposition(e int) bool {
	if e+2 >= len(d.toks) || d.toks[e].key != "," {
		return false
	}
	j := e + 1
	if k := d.toks[j].key; k != "a" && k != "an" && k != "the" {
		return false
	}
	j++
	for n := 0; n < 4 && j < len(d.toks) && (d.toks[j].kind == tWord || d.toks[j].key == "-"); n, j = n+1, j+1 {
		if d.at[j] != 0 && d.mentionAt(j).class != mDemonym || placeLocatives[d.toks[j].key] || d.toks[j].key == "with" || d.toks[j].key == "for" {
			return false // "a lawyer with the organization X": the noun is not the head
		}
		if orgNouns[d.toks[j].key] && !d.toks[j].cap {
			nx := ""
			if j+1 < len(d.toks) {
				nx = d.toks[j+1].key
			}
			return !titleHeads[nx] && !roleNouns[nx] && nx != "member" && nx != "'s"
		}
		if titleHeads[d.toks[j].key] {
			return false
		}
	}
	return false
}

// personApposition reports whether ", a customs broker," follows token e:
// a short indefinite noun phrase whose head names someone by what they do.
func (d *doc) personApposition(e int) bool {
	if e+3 >= len(d.toks) || d.toks[e].key != "," || d.toks[e+1].key != "a" && d.toks[e+1].key != "an" {
		return false
	}
	for j := e + 2; j < len(d.toks) && j < e+6; j++ {
		t := d.toks[j]
		if t.kind != tWord || t.cap {
			return false
		}
		nx := ""
		if j+1 < len(d.toks) {
			nx = d.toks[j+1].key
		}
		if nx != "," && nx != "who" && nx != "." && nx != "said" && nx != "and" {
			continue
		}
		if orgNouns[t.key] || placeNouns[t.key] {
			return false
		}
		for _, suf := range []string{"er", "or", "ist", "ian", "ant", "ent", "man", "woman", "ee", "ive", "ess"} {
			if strings.HasSuffix(t.key, suf) && len(t.key) > len(suf)+2 {
				return true
			}
		}
		return titleHeads[t.key]
	}
	return false
}

// nicknamed finds people written with a quoted nickname inside the name:
// Ismael "El Mayo" Zambada is Ismael Zambada, alias El Mayo.
func (d *doc) nicknamed() {
	for i := 1; i+3 < len(d.toks); i++ {
		if d.toks[i].kind != tQuote || !d.nameTok(i-1) || d.inQuote[i-1] {
			continue
		}
		c := i + 1
		for c < len(d.toks) && c < i+5 && d.toks[c].kind == tWord && d.toks[c].cap && !d.toks[c].brk {
			c++
		}
		if c == i+1 || c >= len(d.toks) || d.toks[c].kind != tQuote || c+1 >= len(d.toks) || !d.nameTok(c+1) {
			continue
		}
		s := i - 1
		for s > 0 && d.nameTok(s-1) && d.toks[s-1].sent == d.toks[i].sent && !d.toks[s].brk {
			s--
		}
		e := d.personRun(c + 1)
		if e-(c+1) > 3 || i-s > 3 {
			continue
		}
		var keys []string
		keys = append(keys, d.nameKeys(s, i)...)
		keys = append(keys, d.nameKeys(c+1, e)...)
		name := d.surface(s, i) + " " + d.surface(c+1, e)
		ent := d.entity(schema.Person, name, s)
		ent.toks = keys
		if g := d.g.given[d.toks[s].key]; g == 'f' || g == 'm' {
			ent.gender = g
		}
		ent.alias(d.surface(i+1, c))
		d.take(&mention{s: s, e: e, ent: ent, typ: schema.Person})
		i = e
	}
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

// personKinds are nouns for a person that "named X" can follow.
var personKinds = set("man", "woman", "businessman", "businesswoman", "trafficker", "broker", "farmer",
	"suspect", "lawyer", "banker", "pilot", "fisherman", "driver", "informant", "witness", "victim",
	"officer", "soldier", "teenager", "boy", "girl", "student", "merchant", "trader", "smuggler", "boss",
	"accountant", "executive", "entrepreneur", "national", "citizen", "financier", "launderer", "courier")

// namedPerson reports whether "a businessman named" or "a man identified
// as" comes before token s.
func (d *doc) namedPerson(s int) bool {
	k := s - 1
	if k >= 1 && d.toks[k].key == "as" && d.toks[k-1].key == "identified" {
		k--
	}
	if k < 1 || d.toks[k].key != "named" && d.toks[k].key != "called" && d.toks[k].key != "identified" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if personKinds[d.toks[j].key] {
			return true
		}
	}
	return false
}

// kinNouns name a relative; "his wife, X," makes X a person of that gender.
var kinNouns = map[string]byte{"wife": 'f', "husband": 'm', "son": 'm', "daughter": 'f', "mother": 'f',
	"father": 'm', "brother": 'm', "sister": 'f', "widow": 'f', "widower": 'm', "partner": 0, "cousin": 0,
	"uncle": 'm', "aunt": 'f', "niece": 'f', "nephew": 'm', "grandmother": 'f', "grandfather": 'm',
	"stepson": 'm', "stepdaughter": 'f', "fiancée": 'f', "fiance": 'm', "girlfriend": 'f', "boyfriend": 'm',
	"neighbour": 0, "neighbor": 0, "friend": 0, "colleague": 0, "boss": 0, "employer": 0, "landlord": 0}

// kinApposition reports whether the name [s, e) is apposed to a relative
// noun, before ("His wife, X,") or after ("X, her son,"), and the gender
// the noun gives.
func (d *doc) kinApposition(s, e int) (byte, bool) {
	if s >= 3 && d.toks[s-1].key == "," {
		if g, ok := kinNouns[d.toks[s-2].key]; ok {
			if p := d.toks[s-3].key; possGender[p] != 0 || p == "their" || p == "the" || p == "'s" || p == "his" || p == "her" {
				return g, true
			}
		}
	}
	if e+3 < len(d.toks) && d.toks[e].key == "," {
		if p := d.toks[e+1].key; p == "his" || p == "her" || p == "their" || p == "the" {
			if g, ok := kinNouns[d.toks[e+2].key]; ok {
				return g, true
			}
		}
	}
	return 0, false
}

// agentBefore reports whether "A caller, " or "One resident, " stands just
// before the name at s: an indefinite noun for someone by what they do.
func (d *doc) agentBefore(s int) bool {
	if s < 3 || d.toks[s-1].key != "," {
		return false
	}
	n := d.toks[s-2]
	if n.kind != tWord || n.cap {
		return false
	}
	if a := d.toks[s-3].key; a != "a" && a != "an" && a != "one" && a != "another" {
		return false
	}
	if personKinds[n.key] || titleHeads[n.key] {
		return true
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "ant", "ent"} {
		if strings.HasSuffix(n.key, suf) && len(n.key) > len(suf)+2 && !orgNouns[n.key] && !placeNouns[n.key] {
			return true
		}
	}
	return false
}

// bodyApposition reports whether ", the leader of Los Choneros" follows
// token e: a title phrase that names a body.
func (d *doc) bodyApposition(e int) bool {
	if e+2 >= len(d.toks) || d.toks[e].key != "," || d.toks[e+1].cap {
		return false
	}
	tp := d.titlePhraseAt(e + 1)
	if !tp.head {
		return false
	}
	for k := tp.s; k < tp.e+4 && k < len(d.toks); k++ {
		if m := d.mentionAt(k); m != nil && m.class == mEntity && m.typ != schema.Person && m.typ != "" {
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
	if !g.cap || g.kind != tWord || d.g.given[g.key] == 0 || d.toks[i-1].sent != d.toks[i].sent {
		return false
	}
	if i >= 2 && d.capWord(i-2) && !titleHeads[d.toks[i-2].key] && d.toks[i-2].sent == d.toks[i].sent {
		return false
	}
	return i+1 >= len(d.toks) || !d.capWord(i+1) || d.toks[i+1].brk
}
