package extract

import (
	"sort"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/schema"
)

// funcWords are capitalised only at the start of a sentence; they never
// begin or continue an organisation's name.
var funcWords = set("the", "a", "an", "in", "on", "at", "for", "but", "and", "or", "if", "as", "it", "its",
	"this", "that", "these", "those", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our",
	"after", "before", "while", "when", "where", "what", "who", "why", "how", "since", "although",
	"however", "meanwhile", "also", "so", "then", "there", "like", "according", "despite", "during",
	"under", "with", "without", "from", "to", "by", "of", "among", "between", "through", "both", "each",
	"every", "all", "some", "many", "most", "such", "other", "another", "one", "top", "past", "last",
	"including", "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can")

type mclass uint8

const (
	mEntity  mclass = iota // a mention of an entity
	mDemonym               // a country's adjective: context, no entity
	mIgnore                // a region, place, month: consumes its tokens
)

// mention is a span of tokens standing for something.
type mention struct {
	s, e     int // token range [s, e)
	class    mclass
	prio     int
	ent      *entity
	country  string // the government a demonym or country phrase names
	attached bool   // a modifier or apposition of a person (not a speaker)
	quoted   bool   // inside a quotation

	// candidate data, before resolution
	gaz      *gazEntry
	gkind    entryKind
	typ      schema.EntityType
	name     string
	aliases  []string
	agencyK  string // generic agency kind
	needCtx  bool   // country comes from the context
	parties  []string
	generic  bool // lower-case agreement ("security agreement")
	agrCore  string
	personEv bool
	coreS    int // generic agency: where the words after its qualifier start
}

// entity is one referent of the article.
type entity struct {
	name     string
	typ      schema.EntityType
	aliases  []string
	wikidata string
	country  string // government it belongs to (agencies, people with known office)
	gender   byte
	toks     []string // person: name token keys
	first    int      // token of first mention
	parties  []string
	generic  bool
	core     string
	roles    []string // titles held
	mentions int
	parent   *entity // the body this one is part of ("DEA's Phoenix Field Division")
}

func (d *doc) entity(t schema.EntityType, name string, at int) *entity {
	k := string(t) + "|" + fold(name)
	if e := d.ents[k]; e != nil {
		return e
	}
	e := &entity{name: name, typ: t, first: at}
	d.ents[k] = e
	d.entList = append(d.entList, e)
	return e
}

func (e *entity) alias(s string) {
	s = strings.TrimSpace(s)
	if s == "" || fold(s) == fold(e.name) {
		return
	}
	if f := fold(s); strings.HasPrefix(f, "the ") && f[4:] != fold(e.name) {
		defer e.alias(s[4:])
	}
	for _, a := range e.aliases {
		if a == s {
			return
		}
	}
	e.aliases = append(e.aliases, s)
}

// surface is the normalised text of tokens [s, e).
func (d *doc) surface(s, e int) string {
	if s >= e {
		return ""
	}
	return d.n[d.toks[s].s:d.toks[e-1].e]
}

// findMentions fills d.ments.
func (d *doc) findMentions() {
	var cands []*mention
	cands = d.gazetteerCands(cands)
	cands = d.orgCands(cands)
	cands = d.groupCands(cands)
	cands = d.nounNamedCands(cands)
	cands = d.agencyCands(cands)
	cands = d.agreementCands(cands)
	cands = dropBareCands(cands)
	cands = d.pluralBodyCands(cands)
	cands = d.govPhraseCands(cands)
	sort.SliceStable(cands, func(i, j int) bool {
		li, lj := cands[i].e-cands[i].s, cands[j].e-cands[j].s
		if li != lj {
			return li > lj
		}
		if cands[i].prio != cands[j].prio {
			return cands[i].prio > cands[j].prio
		}
		return cands[i].s < cands[j].s
	})
	for _, c := range cands {
		if d.free(c.s, c.e) {
			d.take(c)
		}
	}
	d.persons()
	sort.Slice(d.ments, func(i, j int) bool { return d.ments[i].s < d.ments[j].s })
	d.reindex()
}

func (d *doc) free(s, e int) bool {
	for i := s; i < e; i++ {
		if d.at[i] != 0 {
			return false
		}
	}
	return true
}

func (d *doc) take(m *mention) {
	d.ments = append(d.ments, m)
	for i := m.s; i < m.e; i++ {
		d.at[i] = int32(len(d.ments))
	}
}

func (d *doc) reindex() {
	for i := range d.at {
		d.at[i] = 0
	}
	for k, m := range d.ments {
		for i := m.s; i < m.e; i++ {
			d.at[i] = int32(k + 1)
		}
	}
}

// mentionAt returns the mention covering token i, or nil.
func (d *doc) mentionAt(i int) *mention {
	if i < 0 || i >= len(d.at) || d.at[i] == 0 {
		return nil
	}
	return d.ments[d.at[i]-1]
}

func (d *doc) gazetteerCands(out []*mention) []*mention {
	d.gazCover = make([]bool, len(d.toks))
	for i := 0; i < len(d.toks); i++ {
		if d.toks[i].kind == tQuote {
			continue
		}
		ps, n := d.g.lookup(d.toks, i)
		if n == 0 {
			continue
		}
		best := ps[0]
		for _, p := range ps[1:] {
			if p.kind < best.kind {
				best = p
			}
		}
		if best.kind == kIgnore && i > 0 && d.toks[i-1].cap && d.g.given[d.toks[i-1].key] != 0 && !d.toks[i].brk &&
			d.toks[i-1].sent == d.toks[i].sent {
			continue // a place name after a given name is a surname: "Luis Durango"
		}
		if (best.kind == kMetonym || best.kind == kIgnore || best.kind == kEntity && best.entry.typ == schema.Government) &&
			n == 1 && d.g.given[d.toks[i].key] != 0 && d.nextNameWord(i+1) {
			continue // a capital, place or country that is also a given name, before a surname: "Sofia Landeros"
		}
		if (best.kind == kMetonym || best.kind == kIgnore) && i >= 2 && particles[d.toks[i-1].key] && !d.toks[i-1].cap &&
			d.toks[i-2].cap && d.toks[i-2].kind == tWord && !d.toks[i].brk && d.toks[i-2].sent == d.toks[i].sent && d.at[i-2] == 0 {
			if ps, _ := d.g.lookup(d.toks, i-2); len(ps) == 0 {
				continue // "Renato Sérgio de Lima": a surname
			}
		}
		if n == 1 && i >= 2 && d.toks[i-1].letters == 1 && strings.HasSuffix(d.toks[i-1].key, ".") && d.toks[i-1].cap &&
			d.toks[i-2].cap && d.toks[i-2].kind == tWord && !d.toks[i].brk && !d.toks[i-1].brk &&
			(best.kind != kEntity || best.entry.typ == schema.Government) {
			continue // a country or place after a middle initial is a surname: "Lisa O. Monaco"
		}
		if n == 1 && d.surnameCountry(i, best) {
			continue // a country after a given name is a surname: "Ana Chile"
		}
		if best.kind == kEntity && n == 1 && d.toks[i].key == "house" && (i == 0 || d.toks[i-1].key != "the" && d.toks[i-1].key != "u.s." && d.toks[i-1].key != "us") {
			continue // "Jamaica House", "Government House": a building
		}
		m := &mention{s: i, e: i + n, gaz: best.entry, gkind: best.kind, prio: 3}
		if best.kind == kEntity && best.entry.typ != schema.Government {
			for k := i; k < i+n; k++ {
				d.gazCover[k] = true
			}
		}
		switch best.kind {
		case kEntity:
			m.typ = best.entry.typ
			m.name = best.entry.name
			if m.typ == schema.Government {
				m.country = best.entry.name
			}
		case kDemonym:
			m.class = mDemonym
			m.country = best.entry.name
			m.prio = 2
		case kMetonym:
			m.typ = schema.Government
			m.name = best.entry.name
			m.country = best.entry.name
		default:
			m.class = mIgnore
			m.prio = 1
		}
		out = append(out, m)
	}
	return out
}

// capWord reports whether toks[i] can be part of a capitalised name.
func (d *doc) capWord(i int) bool {
	t := d.toks[i]
	return t.kind == tWord && (t.cap || unicode.IsDigit(firstRune(t.key)) && t.letters > 0) && !funcWords[t.key]
}

// orgCands finds capitalised names ending in an organisation word:
// "Safe Streets and Gang Unit", "Bureau of Western Hemisphere Affairs".
func (d *doc) orgCands(out []*mention) []*mention {
	for i := range d.toks {
		t := d.toks[i]
		if t.kind != tWord || !t.cap || d.titlecase[t.para] {
			continue
		}
		var typ schema.EntityType
		switch {
		case t.key == "mission" && d.stateMission(i):
			typ = schema.Agency // "the U.S. Mission to the United Nations": a state's diplomatic post (statebodies.go)
		case frameworkHeads[t.key] && (titledFrameworkHeads[t.key] || d.frameworkPrefix(i)):
			typ = schema.Agreement // "U.S.-Mexico Security Dialogue", "Trilateral Fentanyl Committee" (frameworks.go)
		case (t.key == "service" || t.key == "agency") && i > 0 && (d.toks[i-1].key == "wire" || d.toks[i-1].key == "news" || d.toks[i-1].key == "press"):
			typ = schema.Organization // "Caribbean Wire Service", "Andina News Agency"
		case agencyHeads[t.key]:
			typ = schema.Agency
		case orgHeads[t.key] || companyHeads[t.key]:
			typ = schema.Organization
		case cartelHeads[t.key]:
			typ = schema.Cartel
		case agreementHeads[t.key]:
			typ = schema.Agreement
		case t.key == "declaration" && i > 0 && d.toks[i-1].key == "joint" && d.toks[i-1].cap:
			typ = schema.Agreement // "a Joint Declaration on Border Security" signed by two parties (checked below)
		case t.key == "force" && i > 0 && d.toks[i-1].key == "task":
			typ = schema.Agency
		default:
			continue
		}
		if prefixOrgHeads[t.key] && i+1 < len(d.toks) && d.capWord(i+1) && !d.toks[i+1].brk {
			continue // "Radio Jamaica": the head opens the name
		}
		s := i
		for s > 0 && !d.toks[s].brk {
			p := s - 1
			if d.capWord(p) && d.toks[p].sent == t.sent {
				s = p
				continue
			}
			if d.toks[p].key == "'s" && p == i-1 && t.key == "office" && p > 0 && d.capWord(p-1) && !d.gazCover[p-1] && !bodyHeads[d.toks[p-1].key] {
				s = p
				continue
			}
			// a plural possessive inside the name: "Canadian Exporters’ Council"
			if d.toks[p].key == "'" && !d.toks[p].space && p > 0 && d.capWord(p-1) && strings.HasSuffix(d.toks[p-1].key, "s") &&
				d.toks[p-1].sent == t.sent && d.capWord(p+1) {
				s = p - 1
				continue
			}
			if (d.toks[p].key == "and" || d.toks[p].key == "of" || d.toks[p].key == "&" || d.toks[p].key == "for" ||
				d.toks[p].key == "-" || corpSuffix[t.key] && (d.toks[p].key == "de" || d.toks[p].key == "del")) && p > 0 && d.capWord(p-1) && d.toks[p].sent == t.sent && !d.toks[p].brk &&
				!(d.toks[p].key == "and" && d.gazCover[p-1]) && !((d.toks[p].key == "of" || d.toks[p].key == "and") && d.personBeforeOf(p)) &&
				!(d.toks[p].key == "and" && d.bodyBoundary(p)) {
				s = p - 1
				continue
			}
			break
		}
		if _, ok := pluralBodyHeads[d.toks[s].key]; ok && s < i {
			continue // "Departments of Justice and Treasury": two bodies (pluralBodyCands)
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
			if ps, n := d.g.lookup(d.toks, s); n != i+1-s || len(ps) == 0 {
				s--
			}
		}
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
		}
		coordPrep := false
		for e+1 < len(d.toks) && !d.toks[e].brk {
			k := d.toks[e].key
			if (k == "to" || k == "in") && d.acronymAhead(e+1) {
				k = "of" // "National Service for Attention to Adults Deprived of Liberty (SNAI)": the acronym closes the name
			}
			if k == "in" && typ == schema.Agreement && coordPrep {
				k = "of" // "… Manufacturing of and Trafficking in Firearms"
			}
			if k == "to" && typ == schema.Agency && t.key == "mission" && e == i+1 {
				k = "of" // "Mission to the Organization of American States"
			}
			if k == "to" && typ == schema.Agreement && frameworkHeads[t.key] && e == i+1 && e+2 < len(d.toks) && d.capWord(e+2) {
				k = "for" // "Global Coalition to Address Synthetic Drug Threats": a purpose in the name
			}
			if k != "of" && k != "for" && k != "on" && k != "against" && k != "de" && k != "del" {
				break
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
			}
			if j >= len(d.toks) || !d.capWord(j) || d.toks[j].brk || corpSuffix[t.key] {
				break
			}
			// "Ministry of Government of the Plurinational State of
			// Bolivia": a state's official name ends the body's name
			if ps, n := d.g.lookup(d.toks, j); n >= 3 && len(ps) > 0 && ps[0].kind == kEntity && ps[0].entry.typ == schema.Government &&
				fold(d.surface(j, j+n)) != fold(ps[0].entry.name) {
				break
			}
			if k == "on" {
				// "… on Tuesday"; but "Subcommittee on the Western Hemisphere"
				if ps, n := d.g.lookup(d.toks, j); n > 0 && ps[0].kind == kIgnore &&
					(!committeeHeads[t.key] || calendarWords[d.toks[j].key]) {
					break
				}
			}
			for j < len(d.toks) && !d.toks[j].brk && !d.personAfterBody(e+1, j) && (d.capWord(j) || d.toks[j].key == "and" &&
				j+1 < len(d.toks) && d.capWord(j+1) && !d.bodyBoundary(j) || d.toks[j].key == "-" && !d.toks[j].space && j > 0 && d.capWord(j-1) &&
				j+1 < len(d.toks) && !d.toks[j+1].space && d.capWord(j+1)) {
				j++ // "Center for U.S.-Mexican Studies"
			}
			if k == "for" && typ == schema.Agency && (d.toks[j-1].key == "party" || d.toks[j-1].key == "movement") {
				break // "the National Congress for the Liberal Party": a member's party, not the body's name
			}
			e = j
		}
		// "… in Firearms, Ammunition, Explosives, and Other Related
		// Materials": a treaty's title ends in a list closed by "and"
		if typ == schema.Agreement && e > i+1 {
			e = d.titleList(e)
		}
		// trim trailing connectors
		for e > i+1 && (d.toks[e-1].key == "and" || d.toks[e-1].key == "," || d.toks[e-1].key == "of") {
			e--
		}
		if e-s < 2 {
			continue
		}
		if titleHeads[d.toks[s].key] && s+2 <= i && (d.toks[s+1].key == "of" || d.toks[s+1].key == "for") {
			continue // "Commissioner of Police", "Secretary for Terrorism and Financial Intelligence": a title
		}
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
		if facility {
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
		typ = d.stateBodyType(typ, s, i)
		if t.key == "partnership" && e == i+1 && !d.frameworkPrefix(i) {
			continue // no complement, no states named: not a framework's name
		}
		if t.key == "declaration" && typ == schema.Agreement && !d.frameworkPrefix(i) && !d.namedDeclaration(s, i) && !d.signedJointly(s, i, e) {
			continue // a declaration described, not named, is an agreement only when signed jointly
		}
		m := &mention{s: s, e: e, typ: typ, name: d.surface(s, e), prio: 1}
		// a country at the start qualifies an agency: "U.S. Southern Command"
		out = append(out, m)
	}
	return out
}

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
	if titleHeads[t.key] && d.capWord(j+1) || titleMods[t.key] && titleHeads[n.key] {
		return true
	}
	return d.g.given[t.key] != 0 && n.kind == tWord && n.cap && !n.brk && (d.capWord(j+1) || n.letters == 1)
}

// domainWords name a field of government; two in a row are one field
// ("Homeland Security", "Public Security", "National Security").
var domainWords = set("defense", "defence", "foreign", "interior", "security", "public", "finance", "justice",
	"trade", "homeland", "health", "economy", "treasury", "national", "drug", "border", "intelligence", "police")

// militaryThings after "military" make it an adjective: "US military aid".
var militaryThings = set("aid", "assistance", "action", "actions", "strike", "strikes", "intervention", "incursion",
	"incursions", "presence", "bases", "base", "operation", "operations", "spending", "budget", "equipment", "hardware",
	"training", "support", "cooperation", "ties", "help", "power", "might", "pressure", "deployment", "deployments",
	"buildup", "build-up", "exercises", "drills", "sales", "contracts", "options", "threat", "threats", "force",
	"solution", "campaign", "attack", "attacks", "raid", "raids", "flights", "aircraft", "ships", "vessels")

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
	"secretariat", "treasury")

// prefixGroupHeads open a criminal group's name: "Clan Isaza", "Frente
// Primero", "Comando Norte".
var prefixGroupHeads = set("clan", "frente", "comando", "comandos", "banda", "mara", "cartel", "autodefensas", "bloque")

// lowerGroupHeads follow a group's capitalised name in lower case: "the Los
// Fantasmas gang".
var lowerGroupHeads = set("gang", "cartel", "clan", "militia", "mafia", "syndicate", "gangs")

// groupCands finds criminal groups the gazetteer does not know: "the Los
// Fantasmas gang", "Clan Isaza".
func (d *doc) groupCands(out []*mention) []*mention {
	for i := range d.toks {
		t := d.toks[i]
		if t.kind != tWord || d.titlecase[t.para] {
			continue
		}
		// a capitalised name, then a lower-case head
		if !t.cap && lowerGroupHeads[t.key] && i > 0 && !d.toks[i].brk {
			s := i
			for s > 0 && !d.toks[s].brk && d.toks[s-1].sent == t.sent && (d.capWord(s-1) ||
				particles[d.toks[s-1].key] && s-2 >= 0 && d.capWord(s-2)) {
				s--
			}
			if s == i || s+4 < i || d.gazCover[s] || d.toks[s].brk && !d.toks[s].cap {
				continue
			}
			if _, n := d.g.lookup(d.toks, s); n > 0 && !d.placeNamedCartel(s, i) {
				continue // a country, demonym, place or known name
			}
			if d.g.given[d.toks[s].key] != 0 && !d.placeNamedCartel(s, i) || !d.nameWords(s, i) {
				continue
			}
			m := &mention{s: s, e: i + 1, typ: schema.Cartel, name: d.surface(s, i), prio: 1}
			m.aliases = append(m.aliases, d.surface(s, i+1))
			out = append(out, m)
			continue
		}
		// "Los Fantasmas, a gang of", "a network known as Los Tiburones":
		// a Spanish article and a name that the sentence calls a group
		if t.cap && spanishArticles[t.key] && i+1 < len(d.toks) && d.capWord(i+1) && !d.toks[i+1].brk && !d.gazCover[i] {
			e := d.nameRunEnd(i + 1)
			if e-i <= 5 && d.nameWords(i+1, e) && d.calledGroup(i, e) {
				if _, n := d.g.lookup(d.toks, i); n == 0 {
					out = append(out, &mention{s: i, e: e, typ: schema.Cartel, name: d.surface(i, e), prio: 1})
					continue
				}
			}
		}
		// "Centro de Estudios Fronterizos", "Universidad del Rosario": a
		// Spanish or Portuguese organisation head, then the name
		if t.cap && prefixOrgHeads[t.key] && i+1 < len(d.toks) && !d.gazCover[i] {
			if e := d.nameRunEnd(i + 1); e > i+1 && e <= i+8 && d.nameWords(i+1, e) && !d.facility(i-1, e) {
				out = append(out, &mention{s: i, e: e, typ: schema.Organization, name: d.surface(i, e), prio: 1})
				continue
			}
		}
		// a capitalised head, then the name
		if t.cap && prefixGroupHeads[t.key] && i+1 < len(d.toks) {
			e := i + 1
			if !d.toks[e].brk {
				e = d.nameRunEnd(e) // "de la Frontera" included
			}
			if e == i+1 || e > i+8 || d.gazCover[i] {
				continue
			}
			if !d.nameWords(i+1, e) {
				continue
			}
			out = append(out, &mention{s: i, e: e, typ: schema.Cartel, name: d.surface(i, e), prio: 1})
		}
	}
	return out
}

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

// weakAgreementHeads name an agreement only after a modifier that says
// what it is about (strongAgreementMods).
var weakAgreementHeads = set("framework", "arrangement", "convention")
var strongAgreementMods = set("security", "cooperation", "trade", "migration", "extradition", "counternarcotics",
	"counter-narcotics", "anti-drug", "antidrug", "drug", "defense", "defence", "border", "peace", "ceasefire",
	"intelligence", "sharing", "intelligence-sharing", "shiprider", "maritime", "interdiction", "investment")

// letterOf completes "letter of …" as an agreement.
var letterOf = set("agreement", "intent", "understanding", "cooperation")

// spanishArticles open many criminal groups' names ("Los Choneros").
var spanishArticles = set("los", "las", "el", "la")

// prefixOrgHeads open the names of Spanish and Portuguese organisations.
var prefixOrgHeads = set("centro", "instituto", "universidad", "universidade", "asociación", "asociacion",
	"associação", "fundación", "fundacion", "fundação", "observatorio", "observatório", "colegio", "sociedad",
	"corporación", "corporacion", "consorcio", "frigorífico", "frigorifico", "grupo", "empresa", "cámara", "camara",
	"cooperativa", "sindicato", "federación", "federacion", "confederación", "confederacion", "colectivo", "movimiento",
	"plataforma", "alianza", "liga", "red", "radio", "diario", "periódico", "periodico", "revista", "compañía", "compania",
	"companhia", "inversiones", "naviera", "transportes", "terminal", "banco", "caja", "academia", "escuela", "comunidad")

// nameRunEnd is the end of a run of capitalised words from token i,
// particles included ("Tiburones del Sur").
func (d *doc) nameRunEnd(i int) int {
	e := i
	for e < len(d.toks) && (e == i || !d.toks[e].brk) {
		if d.capWord(e) {
			e++
			continue
		}
		p := e
		for p < len(d.toks) && p < e+3 && particles[d.toks[p].key] && !d.toks[p].cap {
			p++
		}
		if p > e && p < len(d.toks) && d.capWord(p) && !d.toks[p].brk {
			e = p
			continue
		}
		break
	}
	return e
}

// groupCallers introduce a group's name: "a clan known as X", "the network
// the agency calls X".
var groupCallers = set("as", "called", "calls", "named", "dubbed", "nicknamed", "like", "including")

// calledGroup reports whether the sentence calls the name at tokens [s, e)
// a criminal group: ", a gang of …" after it, or a group noun and "known
// as", "calls", "such as" before it.
func (d *doc) calledGroup(s, e int) bool {
	if e+2 < len(d.toks) && d.toks[e].key == "," {
		for k := e + 1; k < len(d.toks) && k <= e+5; k++ {
			key := d.toks[k].key
			if crimeGroupNouns[key] {
				return true
			}
			if d.toks[k].kind != tWord || d.toks[k].cap {
				break
			}
		}
	}
	if s == 0 || !groupCallers[d.toks[s-1].key] {
		return false
	}
	for k := s - 2; k >= 0 && k >= s-10 && d.toks[k].sent == d.toks[s].sent; k-- {
		if crimeGroupNouns[d.toks[k].key] {
			return true
		}
	}
	return false
}

// crimeGroupNouns name a criminal group in lower case.
var crimeGroupNouns = set("gang", "gangs", "group", "groups", "network", "networks", "cartel", "cartels",
	"clan", "clans", "faction", "factions", "crew", "crews", "militia", "militias", "organization",
	"organisation", "mafia", "band", "outfit", "syndicate")

// nameWords reports whether tokens [s, e) are words of a proper name: no
// title, organisation head or sentence-opening function word.
func (d *doc) nameWords(s, e int) bool {
	for k := s; k < e; k++ {
		key := d.toks[k].key
		if particles[key] && !d.toks[k].cap {
			continue
		}
		if stopCaps[key] || funcWords[key] || titleHeads[key] || agencyHeads[key] || orgHeads[key] || agreementHeads[key] {
			return false
		}
	}
	return true
}

// agencyCands finds generic phrases for parts of a government: "the
// foreign ministry", "US military forces", "the Colombian military".
func (d *doc) agencyCands(out []*mention) []*mention {
	for i := range d.toks {
		for _, k := range agencyKinds {
			n := len(k.words)
			if i+n > len(d.toks) {
				continue
			}
			ok := true
			for j, w := range k.words {
				if d.toks[i+j].key != w || (j > 0 && d.toks[i+j].brk) {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			if k.kind == "military" && n == 1 && d.toks[i].key == "military" && i+1 < len(d.toks) && militaryThings[d.toks[i+1].key] {
				continue // "US military aid": a thing, not the institution
			}
			s := i
			country, qs := d.qualifier(i)
			if country != "" {
				s = qs
			} else if k.qual {
				continue
			}
			e := i + n
			m := &mention{s: s, e: e, typ: schema.Agency, agencyK: k.kind, name: k.core, country: country, prio: 2, coreS: i}
			m.needCtx = country == ""
			if k.kind == "embassy" || k.kind == "consulate" {
				if e+1 < len(d.toks) && d.toks[e].key == "in" {
					if c, n2 := d.placeAt(e + 1); c != "" {
						m.name = k.core + " in " + c
						e = e + 1 + n2
						m.e = e
						m.aliases = append(m.aliases, d.surface(s, i+n))
					}
				}
			}
			if country != "" && qs < i {
				m.aliases = append(m.aliases, d.surface(qs, i)+" "+k.core)
			}
			out = append(out, m)
		}
	}
	return out
}

// qualifier returns the country named just before token i ("Mexican",
// "US", "Mexico's") and where that naming starts.
func (d *doc) qualifier(i int) (string, int) {
	j := i - 1
	if j >= 0 && (d.toks[j].key == "the") {
		return "", i
	}
	if j >= 0 && d.toks[j].key == "'s" {
		j--
	}
	if j < 0 {
		return "", i
	}
	// find a gazetteer country phrase ending at j
	for s := j; s >= 0 && s > j-5; s-- {
		ps, n := d.g.lookup(d.toks, s)
		if n == j-s+1 {
			for _, p := range ps {
				if (p.kind == kEntity && p.entry.typ == schema.Government) || p.kind == kDemonym {
					return p.entry.country, s
				}
			}
		}
	}
	return "", i
}

// countryAt returns the country whose name starts at token i and its length.
func (d *doc) countryAt(i int) (string, int) {
	ps, n := d.g.lookup(d.toks, i)
	for _, p := range ps {
		if p.kind == kEntity && p.entry.typ == schema.Government {
			return p.entry.country, n
		}
	}
	return "", 0
}

// agreementCands finds agreements named by what they are about: "a tariff
// deal", "a new security agreement", "the U.S. Central America regional
// security initiative".
func (d *doc) agreementCands(out []*mention) []*mention {
	for i := range d.toks {
		t := d.toks[i]
		letter := t.key == "letter" && i+2 < len(d.toks) && d.toks[i+1].key == "of" && letterOf[d.toks[i+2].key]
		if t.kind != tWord || t.cap || !lowerAgreementHeads[t.key] && !letter {
			continue
		}
		if t.key == "agreement" && i >= 2 && d.toks[i-1].key == "of" && d.toks[i-2].key == "letter" {
			continue // read with "letter"
		}
		s := i
		mods := 0
		for s > 0 && !d.toks[s].brk {
			p := d.toks[s-1]
			if p.kind == tWord && !p.cap && agreementMods[p.key] {
				s--
				mods++
				continue
			}
			if p.key == "-" && s >= 2 && agreementMods[d.toks[s-2].key] {
				s -= 2
				continue
			}
			// coordinated modifiers and "of" complements: "trade and
			// security agreement", "status of forces agreement"
			if (p.key == "and" || p.key == "of") && mods > 0 && s >= 2 && !d.toks[s-1].brk {
				if q := d.toks[s-2]; q.kind == tWord && !q.cap && agreementMods[q.key] {
					s--
					continue
				}
				// "a fishing and security accord": any noun right after the
				// article, coordinated with a listed modifier
				if q := d.toks[s-2]; p.key == "and" && s >= 3 && q.kind == tWord && !q.cap && !funcWords[q.key] &&
					!vagueAgreementMods[q.key] && !agreementAdjs[q.key] && (d.toks[s-3].key == "a" || d.toks[s-3].key == "an") {
					s -= 2
					mods++
					break
				}
			}
			break
		}
		// any lower-case noun modifiers between a determiner and the head
		// say what the agreement is about: "the collective substitution
		// agreement", "a non-aggression pact"
		if g := d.genericAgreementStart(s); g < s {
			for k := g; k < s; k++ {
				if d.toks[k].kind == tWord {
					mods++
				}
			}
			s = g
		}
		if mods > 0 && s >= 2 && !d.toks[s].brk && yearKey(d.toks[s-1].key) && (d.toks[s-2].key == "the" || d.toks[s-2].key == "a") {
			s-- // "the 2016 peace agreement": the year tells it from later ones
		}
		coreStart := s
		region := false
		var parties []string
		for s > 0 && !d.toks[s].brk {
			p := s - 1
			if d.toks[p].key == "-" || d.toks[p].key == "–" {
				s--
				continue
			}
			if !d.toks[p].cap {
				break
			}
			// a country, demonym or region phrase ending at p
			found := false
			for st := max(p-4, 0); st <= p; st++ {
				ps, n := d.g.lookup(d.toks, st)
				if n != p-st+1 || len(ps) == 0 {
					continue
				}
				switch pk := ps[0]; {
				case pk.kind == kIgnore || pk.kind == kRegionDemonym:
					region = true
					coreStart = st
				case pk.entry.typ == schema.Government || pk.kind == kDemonym:
					parties = append(parties, pk.entry.country)
				default:
					continue
				}
				s = st
				found = true
				break
			}
			if !found {
				break
			}
		}
		for s < coreStart && (d.toks[s].key == "-" || d.toks[s].key == "–") {
			s++
		}
		end := i + 1
		if t.key == "memorandum" && i+2 < len(d.toks) && d.toks[i+1].key == "of" && d.toks[i+2].key == "understanding" {
			end = i + 3
			mods++
			end = d.agreementComplement(end, true)
		}
		if !letter && t.key != "memorandum" && (mods > 0 || region) {
			// a subject complement after the head: "a cooperation
			// agreement on prison management", "an accord against arms
			// trafficking"
			end = d.agreementComplement(end, false)
		}
		if letter {
			// "a letter of agreement", "a letter of intent"
			end = i + 3
			mods++
			// "… on firearm tracing"
			if end+1 < len(d.toks) && (d.toks[end].key == "on" || d.toks[end].key == "for") {
				k := end + 1
				for k < len(d.toks) && k < end+4 && d.toks[k].kind == tWord && !d.toks[k].cap && !d.toks[k].brk &&
					!funcWords[d.toks[k].key] && !vagueAgreementMods[d.toks[k].key] && !speechVerbs[d.toks[k].key] {
					k++
				}
				if k > end+1 {
					end = k
				}
			}
		}
		if mods == 0 && !region && !letter && t.key != "memorandum" {
			// "an agreement on maritime interdiction" signed by parties:
			// the complement says what it is about
			if c := d.agreementComplement(end, false); c > end && d.signedNear(s, c) && !d.inQuote[i] && i > 0 &&
				(agreementAdjs[d.toks[i-1].key] || vagueAgreementMods[d.toks[i-1].key]) && !privateContract(d.toks[end:c]) {
				end = c
				mods++
			}
		}
		bare := mods == 0 && !region && !letter && end == i+1 && d.bareAgreement(i)
		if mods == 0 && !region && !bare {
			continue
		}
		if privateContract(d.toks[s:i]) {
			continue // "a rental agreement", "his plea deal": a contract, not an agreement between parties
		}
		if (weakAgreementHeads[t.key] || t.key == "plan") && !region && !d.signedJointly(s, i, end) {
			// "a security framework" is an agreement, "the legal framework" is not
			strong := false
			for k := coreStart; k < i; k++ {
				if strongAgreementMods[d.toks[k].key] {
					strong = true
				}
			}
			if !strong {
				continue
			}
		}
		if t.key == "plan" && !d.signedJointly(s, i, end) {
			continue // "a new security plan": one government's plan, not an agreement
		}
		if t.key == "declaration" && (!d.signedNear(s, end) || !d.jointIn(s, i) && !d.partiesFollow(end)) {
			continue // "an emergency declaration": a declaration is an agreement only when parties sign or agree it together
		}
		if mods == 1 && (d.toks[i-1].key == "bilateral" || d.toks[i-1].key == "joint" || d.toks[i-1].key == "framework") && !region &&
			!d.partiesFollow(end) && !(t.key == "declaration" || end > i+1) {
			continue
		}
		core := d.surface(coreStart, end)
		m := &mention{s: s, e: end, typ: schema.Agreement, name: core, prio: 1, parties: parties,
			generic: !region, agrCore: core}
		if s < coreStart {
			m.aliases = append(m.aliases, d.surface(s, end))
		}
		out = append(out, m)
	}
	return out
}

// govPhraseCands finds a government named through its officials: "the
// Mexican government", "government of El Salvador", "Trump administration".
func (d *doc) govPhraseCands(out []*mention) []*mention {
	for i := range d.toks {
		t := d.toks[i]
		if t.kind != tWord || !govWords[t.key] {
			continue
		}
		if c, qs := d.qualifier(i); c != "" && qs < i {
			m := &mention{s: qs, e: i + 1, typ: schema.Government, name: c, country: c, prio: 2}
			if t.key == "government" || t.key == "administration" || t.key == "regime" {
				m.aliases = append(m.aliases, d.surface(qs, i+1))
			}
			out = append(out, m)
			continue
		}
		if t.key == "government" && i+2 < len(d.toks) && d.toks[i+1].key == "of" {
			if c, n := d.countryAt(i + 2); c != "" {
				s := i
				m := &mention{s: s, e: i + 2 + n, typ: schema.Government, name: c, country: c, prio: 2}
				m.aliases = append(m.aliases, d.surface(s, i+2+n))
				out = append(out, m)
			}
			continue
		}
		// "Boluarte's government": a known leader's government
		if (t.key == "government" || t.key == "administration") && i >= 2 && d.toks[i-1].key == "'s" && d.toks[i-2].cap && d.toks[i-2].kind == tWord {
			if p := d.g.people["|"+d.toks[i-2].key]; p != nil && p.country != "" {
				m := &mention{s: i - 2, e: i + 1, typ: schema.Government, name: p.country, country: p.country, prio: 2}
				out = append(out, m)
				continue
			}
		}
		if t.key == "administration" && i > 0 && d.toks[i-1].cap && d.toks[i-1].kind == tWord && !funcWords[d.toks[i-1].key] {
			if ps, n := d.g.lookup(d.toks, i-1); n > 0 && ps[0].kind != kIgnore {
				continue
			}
			c := "United States"
			if p := d.g.people["|"+d.toks[i-1].key]; p != nil && p.country != "" {
				c = p.country
			}
			m := &mention{s: i - 1, e: i + 1, typ: schema.Government, name: c, country: c, prio: 2}
			m.aliases = append(m.aliases, d.surface(i-1, i+1))
			out = append(out, m)
		}
	}
	return out
}

func sortMentions(ms []*mention) {
	sort.Slice(ms, func(i, j int) bool { return ms[i].s < ms[j].s })
}

// placeAt returns the country or capital named at token i, as written for
// a capital, and its length in tokens.
func (d *doc) placeAt(i int) (string, int) {
	ps, n := d.g.lookup(d.toks, i)
	for _, p := range ps {
		if p.kind == kEntity && p.entry.typ == schema.Government {
			return p.entry.country, n
		}
		if p.kind == kMetonym {
			return d.surface(i, i+n), n
		}
	}
	// a capitalised place the gazetteer does not know: "San José"
	e := i
	for e < len(d.toks) && e < i+3 && d.toks[e].cap && d.toks[e].kind == tWord && !d.toks[e].brk {
		e++
	}
	if e > i {
		return d.surface(i, e), e - i
	}
	return "", 0
}

// nextNameWord reports whether toks[i] can continue a person's name: a
// capitalised word of the same sentence that no gazetteer phrase starts.
func (d *doc) nextNameWord(i int) bool {
	if i >= len(d.toks) {
		return false
	}
	t := d.toks[i]
	if t.kind != tWord || !t.cap || t.brk || t.upper && t.letters >= 2 || stopCaps[t.key] || funcWords[t.key] ||
		titleHeads[t.key] || agencyHeads[t.key] || orgHeads[t.key] || cartelHeads[t.key] {
		return false
	}
	_, n := d.g.lookup(d.toks, i)
	return n == 0
}

// nounNamedCands finds organisations introduced by what they are: "the
// consultancy Lantia Consultores", "the newspaper La Hora".
func (d *doc) nounNamedCands(out []*mention) []*mention {
	out = d.ampersandCands(out)
	out = d.partyCands(out)
	for i := 1; i+1 < len(d.toks); i++ {
		t := d.toks[i]
		if t.cap || !orgNouns[t.key] || t.key == "party" {
			continue
		}
		p := d.toks[i-1].key
		if i > 1 && !d.toks[i-1].cap && d.toks[i-1].kind == tWord && d.at[i-1] == 0 && (d.toks[i-2].key == "the" || d.toks[i-2].key == "a" || d.toks[i-2].key == "an") &&
			!orgNouns[p] && p != "same" && p != "other" {
			p = d.toks[i-2].key // "the consulting firm X", "the Mexican-owned company X"
		}
		if p != "the" && p != "a" && p != "an" {
			continue
		}
		s := i + 1
		e := s
		for e < len(d.toks) && !d.toks[e].brk && (d.capWord(e) || e > s && particles[d.toks[e].key] && e+1 < len(d.toks) && d.capWord(e+1)) {
			e++
		}
		if e == s || e-s > 5 || d.gazCover[s] || d.g.given[d.toks[s].key] != 0 {
			continue
		}
		if ps, n := d.g.lookup(d.toks, s); n > 0 && ps[0].kind != kEntity {
			continue
		}
		out = append(out, &mention{s: s, e: e, typ: schema.Organization, name: d.surface(s, e), prio: 1})
	}
	return out
}

// ampersandCands finds firms named by capitalised words joined with "&":
// "Ibarra & Castle", "Montoya Ruiz & Asociados".
func (d *doc) ampersandCands(out []*mention) []*mention {
	for i := 1; i+1 < len(d.toks); i++ {
		if d.toks[i].key != "&" || !d.capWord(i-1) || !d.capWord(i+1) || d.toks[i].brk || d.toks[i+1].brk {
			continue
		}
		s := i - 1
		for s > 0 && s > i-4 && !d.toks[s].brk && d.capWord(s-1) && !funcWords[d.toks[s-1].key] && !titleHeads[d.toks[s-1].key] &&
			d.toks[s-1].sent == d.toks[i].sent {
			s--
		}
		if funcWords[d.toks[s].key] {
			s++
		}
		e := i + 1
		for e < len(d.toks) && e < i+5 && !d.toks[e].brk && (d.capWord(e) || corpSuffix[d.toks[e].key]) {
			e++
		}
		if s >= i || d.gazCover[s] || d.gazCover[i+1] {
			continue
		}
		out = append(out, &mention{s: s, e: e, typ: schema.Organization, name: d.surface(s, e), prio: 2})
	}
	return out
}

// partyCands finds political parties written "the Morena party": a
// capitalised name before a lower-case "party".
func (d *doc) partyCands(out []*mention) []*mention {
	for i := 2; i < len(d.toks); i++ {
		if t := d.toks[i]; t.key != "party" && t.key != "movement" || t.cap {
			continue
		}
		e := i
		s := e
		for s > 0 && s > e-4 && d.capWord(s-1) && !d.toks[s].brk && d.toks[s-1].sent == d.toks[i].sent {
			s--
		}
		// "the governing Morena party", "the opposition X movement"
		b := s - 1
		for b > 0 && b > s-3 && politicalAdjs[d.toks[b].key] && !d.toks[b].cap {
			b--
		}
		if s == e || s == 0 || b < 0 || d.toks[b].key != "the" && d.toks[b].key != "its" && d.toks[b].key != "his" && d.toks[b].key != "her" || d.gazCover[s] {
			continue
		}
		if ps, n := d.g.lookup(d.toks, s); n > 0 && ps[0].kind != kEntity {
			continue
		}
		out = append(out, &mention{s: s, e: e, typ: schema.Organization, name: d.surface(s, e), prio: 1})
	}
	return out
}

// politicalAdjs may stand between "the" and a party's name: "the ruling
// X party".
var politicalAdjs = set("governing", "ruling", "opposition", "leftist", "rightist", "left-wing", "right-wing",
	"conservative", "liberal", "centrist", "populist", "main", "former", "small", "far-right", "far-left",
	"socialist", "nationalist", "incumbent", "defunct", "new", "largest", "biggest", "once-dominant", "dominant",
	"center-right", "centre-right", "center-left", "centre-left", "progressive", "evangelical", "indigenous")

// vagueAgreementMods say nothing about what an agreement is about: "the
// new agreement", "a broader deal".
var vagueAgreementMods = set("new", "old", "previous", "final", "formal", "informal", "secret", "broader", "broad",
	"wider", "larger", "existing", "current", "proposed", "possible", "potential", "first", "second", "third",
	"latest", "same", "whole", "entire", "original", "full", "draft", "tentative", "historic", "landmark",
	"controversial", "unprecedented", "so-called", "any", "every", "such", "this", "that", "last", "next",
	"earlier", "recent", "own", "similar", "separate", "different", "other", "another", "big", "major", "minor",
	"key", "priority", "flagship", "signature", "top", "central", "important", "fragile", "failed", "stalled", "binding", "nonbinding", "non-binding", "written",
	"verbal", "unwritten", "initial", "preliminary", "interim", "temporary", "permanent", "longstanding",
	"long-standing", "decades-old", "signed", "agreed", "reported", "alleged", "supposed", "planned", "much",
	"more", "less", "most", "no", "some", "few", "two", "three", "several", "many", "each", "both", "either",
	"only", "one", "its", "their", "his", "her", "our", "your", "my", "political", "legal", "general", "specific",
	"better", "best", "good", "bad", "worse", "clear", "vague", "actual", "real", "true", "whatever",
	"comprehensive", "ambitious", "sweeping", "wide-ranging", "modest", "limited", "robust", "strong", "weak",
	"expanded", "revised", "updated", "renewed", "extended", "amended", "modernized", "modernised", "quiet",
	"tacit", "unofficial", "official", "open", "public", "private", "hidden", "fresh", "lasting", "durable")

// genericAgreementStart returns where the lower-case modifiers of an
// agreement head start when a determiner opens them ("the collective
// substitution agreement" → "collective"), or s when there are none.
func (d *doc) genericAgreementStart(s int) int {
	k := s
	for k > 0 && k > s-4 && !d.toks[k].brk {
		p := d.toks[k-1]
		if p.kind == tWord && !p.cap && d.at[k-1] == 0 && !funcWords[p.key] && !vagueAgreementMods[p.key] &&
			!speechVerbs[p.key] && !strings.HasSuffix(p.key, "ly") && p.letters > 2 {
			k--
			continue
		}
		// "non-aggression"
		if p.key == "-" && !p.space && k >= 2 && d.toks[k-2].kind == tWord && !d.toks[k-2].cap && k-2 > 0 {
			k -= 2
			continue
		}
		break
	}
	if k == s || k == 0 {
		return s
	}
	// "a quiet non-aggression pact": vague adjectives after the determiner
	// stay out of the name
	j := k
	for j > 1 && j > k-3 && vagueAgreementMods[d.toks[j-1].key] && !funcWords[d.toks[j-1].key] {
		j--
	}
	switch d.toks[j-1].key {
	case "the", "a", "an", "its", "their", "this", "that":
		return k
	case "'s":
		// "the country's prison deal": a possessive determiner
		if j >= 2 && (d.toks[j-2].cap || d.toks[j-2].key == "country" || d.toks[j-2].key == "government") {
			return k
		}
	}
	return s
}

// privateModifiers say an agreement is a contract between private parties
// or a step in a court case, not an agreement between governments or armed
// groups: "a rental agreement", "a plea deal", "an employment contract".
var privateModifiers = set("rental", "lease", "leasing", "tenancy", "employment", "plea", "purchase", "sales",
	"licensing", "licence", "license", "loan", "mortgage", "franchise", "sponsorship", "custody", "prenuptial",
	"severance", "non-disclosure", "nondisclosure", "confidentiality", "merger", "acquisition", "distribution",
	"endorsement", "publishing", "recording", "record", "book", "settlement", "immunity", "insurance", "service",
	"services", "supply", "shareholder", "shareholders", "partnership-interest", "divorce", "separation", "lending",
	"royalty", "broadcasting", "streaming", "naming", "catering")

// privateContract reports whether any of the modifier tokens ts marks a
// private contract.
func privateContract(ts []token) bool {
	for _, t := range ts {
		if privateModifiers[t.key] {
			return true
		}
	}
	return false
}

// agreementComplement extends an agreement name ending before token end by
// its subject complement: "on repatriation flights", "against arms
// trafficking" (and "for …" when wide). The complement is up to three
// lower-case content words and stops at a clause boundary, a function
// word or a verb.
func (d *doc) agreementComplement(end int, wide bool) int {
	if end+1 >= len(d.toks) || d.toks[end].brk {
		return end
	}
	switch d.toks[end].key {
	case "on", "against":
	case "for":
		if !wide {
			return end
		}
	default:
		return end
	}
	k := end + 1
	for k < len(d.toks) && k < end+4 && (d.complementWord(k) || d.participleMod(k)) {
		k++
		if k+1 < len(d.toks) && d.toks[k].key == "-" && !d.toks[k].space && d.complementWord(k+1) {
			k += 2 // "on anti-money laundering"
		}
	}
	if k == end+1 {
		return end
	}
	return k
}

// complementWord reports whether toks[k] can be part of an agreement's
// subject complement: a lower-case content word that is not a verb.
func (d *doc) complementWord(k int) bool {
	t := d.toks[k]
	if t.kind != tWord || t.cap || t.brk || d.at[k] != 0 || t.letters < 3 || funcWords[t.key] ||
		vagueAgreementMods[t.key] || speechVerbs[t.key] || signVerbs[t.key] || calendarWords[t.key] ||
		strings.HasSuffix(t.key, "ed") || strings.HasSuffix(t.key, "ly") || lowerAgreementHeads[t.key] {
		return false
	}
	switch t.key {
	case "that", "which", "who", "whose", "will", "would", "could", "can", "may", "might", "must", "should",
		"is", "are", "was", "were", "has", "have", "had", "be", "been", "being", "does", "did", "do",
		"last", "next", "this", "each", "every", "between", "with", "under", "after", "before", "since",
		"until", "during", "while", "because", "although", "though", "year", "years", "month", "months",
		"week", "weeks", "day", "days", "time", "paper", "hold", "ice", "track", "condition", "conditions",
		"behalf", "average", "board", "course", "schedule", "trial", "record", "target", "top", "alert", "way",
		"hand", "part", "terms", "ground", "grounds", "basis", "view", "sidelines", "margins", "display":
		return false
	}
	return true
}

// participleMod reports whether toks[k] is a participle modifying the
// complement word after it: "against organised crime".
func (d *doc) participleMod(k int) bool {
	t := d.toks[k]
	return t.kind == tWord && !t.cap && !t.brk && strings.HasSuffix(t.key, "ed") && !signVerbs[t.key] &&
		!speechVerbs[t.key] && !vagueAgreementMods[t.key] && k+1 < len(d.toks) && d.complementWord(k+1)
}

// signedJointly reports whether the agreement mention s..end (head at i)
// is signed or agreed by two parties: a sign verb near it and "joint",
// parties after it ("with B", "between A and B") or two governments or
// agencies before it in its sentence ("A and B signed a … plan").
func (d *doc) signedJointly(s, i, end int) bool {
	if !d.signedNear(s, end) {
		return false
	}
	if d.jointIn(s, i) || d.partiesFollow(end) {
		return true
	}
	sent := d.toks[s].sent
	seen := map[string]bool{}
	for k := s - 1; k >= 0 && d.toks[k].sent == sent; k-- {
		if ps, n := d.g.lookup(d.toks, k); n > 0 && k+n <= s && len(ps) > 0 {
			if pk := ps[0]; pk.kind == kEntity && pk.entry.typ == schema.Government || pk.kind == kMetonym {
				seen[pk.entry.country] = true
			}
		}
	}
	return len(seen) >= 2
}

// jointIn reports whether "joint" is among the tokens s..e.
func (d *doc) jointIn(s, e int) bool {
	for k := s; k < e; k++ {
		if key := d.toks[k].key; key == "joint" || key == "binational" || key == "bilateral" || key == "trilateral" {
			return true
		}
	}
	return false
}

// signedNear reports whether a sign verb ("signed", "agreed") stands in
// the same sentence as the agreement mention s..end, before it or just
// after it.
func (d *doc) signedNear(s, end int) bool {
	sent := d.toks[s].sent
	for k := s - 1; k >= 0 && k >= s-12 && d.toks[k].sent == sent; k-- {
		if signVerbs[d.toks[k].key] {
			return true
		}
	}
	for k := end; k < len(d.toks) && k < end+4 && d.toks[k].sent == sent; k++ {
		if signVerbs[d.toks[k].key] {
			return true
		}
	}
	return false
}

// partiesFollow reports whether the words after an agreement head at end
// name its parties: "between A and B", "signed with B", "reached with B".
func (d *doc) partiesFollow(end int) bool {
	for k := end; k < len(d.toks) && k < end+6 && !d.toks[k].brk; k++ {
		switch key := d.toks[k].key; {
		case key == "between" || key == "with":
			return k+1 < len(d.toks) && d.toks[k+1].cap
		case signVerbs[key] || key == "in" || key == "last" || key == "that" || key == "which" || key == "was" ||
			key == "were" || key == "earlier" || key == "previously" || key == "by":
		case calendarWords[key] || key != "" && key[0] >= '0' && key[0] <= '9':
		default:
			return false
		}
	}
	return false
}

// personBeforeOf reports whether the capitalised run ending just before
// the "of" at token p is a person's name ("Analyst Ana Ruiz of Lantia
// Consultores"): it starts with a known given name.
func (d *doc) personBeforeOf(p int) bool {
	k := p - 1
	for k > 0 && d.capWord(k-1) && !d.toks[k].brk && p-k < 4 {
		k--
	}
	for ; k < p; k++ {
		if d.g.given[d.toks[k].key] != 0 && k+1 < p && d.capWord(k+1) {
			return true
		}
		// "Attorney General Nadia Baptiste and Police …": a titled name
		if titleHeads[d.toks[k].key] && k+1 < p && d.capWord(k+1) && !titleHeads[d.toks[k+1].key] && !agencyHeads[d.toks[k+1].key] {
			return true
		}
	}
	return false
}

// yearKey reports whether key is a year from 1800 to 2099.
func yearKey(key string) bool {
	if len(key) != 4 || !(strings.HasPrefix(key, "18") || strings.HasPrefix(key, "19") || strings.HasPrefix(key, "20")) {
		return false
	}
	for _, r := range key {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// titleList extends a treaty title ending at e over a list of capitalised
// nouns ", B, C, and Other D" closed by "and"; it returns e when no such
// list follows. Known names (countries, bodies) are not title words.
func (d *doc) titleList(e int) int {
	j := e
	for n := 0; n < 8 && j+1 < len(d.toks) && !d.toks[j].brk; n++ {
		and := false
		if d.toks[j].key == "," {
			j++
		}
		if j < len(d.toks) && d.toks[j].key == "and" {
			and = true
			j++
		}
		// "and Other Related Materials": a capitalised function word
		// may open the closing item
		if j >= len(d.toks) || !d.capWord(j) && !(and && d.toks[j].cap && d.toks[j].kind == tWord) || d.toks[j].brk || j == e {
			return e
		}
		if ps, n := d.g.lookup(d.toks, j); n > 0 && len(ps) > 0 && ps[0].kind != kIgnore {
			return e
		}
		j++
		for j < len(d.toks) && d.capWord(j) && !d.toks[j].brk {
			j++
		}
		if and {
			return j
		}
		if j >= len(d.toks) || d.toks[j].key != "," && d.toks[j].key != "and" {
			return e
		}
	}
	return e
}
