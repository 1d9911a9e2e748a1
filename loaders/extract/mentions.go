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
	inTitle  bool   // the portfolio of a cabinet title ("Secretary of the Navy"), not counted as naming the body

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
	modName  string // agreement named by a body's name (namedModCands): that name
	personEv bool
	coreS    int // generic agency: where the words after its qualifier start

	rule string // the rule that found it, when explaining (explain.go)
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
	heldBy   bool    // a person found only as a known holder's possessive surname (holderUse)
}

// maxParents caps a walk up the bodies an entity is part of.
const maxParents = 8

// upward returns the first of e and the bodies it is part of, nearest
// first ("the Criminal Division", then "the Justice Department"), for
// which ok holds; nil when none does.
func (e *entity) upward(ok func(*entity) bool) *entity {
	for n := 0; e != nil && n < maxParents; n++ {
		if ok(e) {
			return e
		}
		e = e.parent
	}
	return nil
}

// hasCountry reports whether e names the state it serves, the test
// upward most often asks.
func hasCountry(e *entity) bool { return e.country != "" }

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
	if s == "" || schema.Fold(s) == schema.Fold(e.name) {
		return // a spelling that differs only in dashes or apostrophes is kept: readers and gold may write either
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
	d.chairAddresses()
	cands = d.gazetteerCands(cands)
	cands = d.dropModifierAcronymCands(cands)
	d.tagMentions(cands, "entity/gazetteer")
	cands = d.orgCands(cands)
	d.tagMentions(cands, "entity/org-name")
	cands = d.groupCands(cands)
	cands = d.appositiveGroupCands(cands)
	cands = d.surnameOrgCands(cands)
	d.tagMentions(cands, "entity/group-name")
	cands = d.forceNounCands(cands)
	d.tagMentions(cands, "entity/force-noun")
	cands = d.nounNamedCands(cands)
	d.tagMentions(cands, "entity/noun-named")
	cands = d.headOfCands(cands)
	d.tagMentions(cands, "entity/head-of-body")
	cands = d.agencyCands(cands)
	d.tagMentions(cands, "entity/generic-agency")
	cands = d.agreementCands(cands)
	d.tagMentions(cands, "entity/agreement-subject")
	cands = d.treatyOfCands(cands)
	d.tagMentions(cands, "entity/agreement-treaty-of")
	cands = d.capNamedAgreementCands(cands)
	d.tagMentions(cands, "entity/agreement-proper-name")
	cands = d.namedModCands(cands)
	d.tagMentions(cands, "entity/agreement-named-modifier")
	cands = d.participationCands(cands)
	d.tagMentions(cands, "entity/agreement-participated")
	cands = d.headlineFrameworkCands(cands)
	d.tagMentions(cands, "entity/headline-framework")
	cands = d.committedCands(cands)
	cands = d.jointPossessedCands(cands)
	d.tagMentions(cands, "entity/committed-undertaking")
	cands = dropBareCands(cands)
	cands = d.pluralBodyCands(cands)
	cands = d.pluralTaskForceCands(cands)
	cands = d.sharedHeadAfterCands(cands)
	d.tagMentions(cands, "entity/plural-bodies")
	cands = d.govPhraseCands(cands)
	d.tagMentions(cands, "entity/government-phrase")
	cands = d.sectionHeadingCands(cands)
	cands = d.aircraftCands(cands)
	cands = d.dropMembersOfCands(cands)
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
	d.groupShortRefs()
	d.persons()
	d.tagMentions(d.ments, "entity/person")
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

// mentionFrom returns the mention that starts at token j, or right after
// a "the" at j ("of the X"); nil when none starts there.
func (d *doc) mentionFrom(j int) *mention {
	if j < len(d.toks) && d.toks[j].key == "the" {
		j++
	}
	if m := d.mentionAt(j); m != nil && m.s == j {
		return m
	}
	return nil
}

// soleEntity returns the one entity of the article that ok accepts; nil
// when none or more than one does.
func (d *doc) soleEntity(ok func(e *entity) bool) *entity {
	var found *entity
	for _, e := range d.entList {
		if !ok(e) {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	return found
}

func (d *doc) gazetteerCands(out []*mention) []*mention {
	d.gazCover = make([]bool, len(d.toks))
	var shared []sharedName // names of several states' bodies (gazetteer_shared.go)
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
		if (best.kind == kIgnore || best.kind == kMetonym && n == 1) && i > 0 && d.toks[i-1].cap && d.g.given[d.toks[i-1].key] != 0 && !d.toks[i].brk &&
			d.toks[i-1].sent == d.toks[i].sent {
			continue // a place name or a one-word capital after a given name is a surname: "Luis Durango", "Ana Quito"
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
		if n == 1 && d.surnameDemonym(i, best) {
			continue // a demonym after a given name is a surname: "Mark Irish of …"
		}
		if best.kind == kEntity && n == 1 && d.toks[i].key == "house" && (i == 0 || d.toks[i-1].key != "the" && d.toks[i-1].key != "u.s." && d.toks[i-1].key != "us") {
			continue // "Jamaica House", "Government House": a building
		}
		if best.kind == kEntity && best.entry.typ == schema.Government && n == 1 && (d.stateModifier(i) || d.districtState(i) || d.stateListed(i)) {
			out = append(out, &mention{s: i, e: i + 1, class: mIgnore, prio: 3})
			continue // "a Georgia college student", "the Northern District of Georgia", "Florida and Georgia": the US state
		}
		if best.kind == kEntity && best.entry.typ == schema.Government && d.placeNameHead(i+n) {
			out = append(out, &mention{s: i, e: i + n, class: mIgnore, prio: 3})
			continue // "the Panama Canal": a place named after the country, not its government
		}
		if best.kind == kEntity && best.entry.typ == schema.Organization && d.eventNameAfter(i+n) {
			out = append(out, &mention{s: i, e: i + n, class: mIgnore, prio: 3})
			continue // "the G20 Leaders' Summit": an event named after the body, not the body
		}
		m := &mention{s: i, e: i + n, gaz: best.entry, gkind: best.kind, prio: 3}
		if best.kind == kEntity && best.entry.typ != schema.Government || best.kind == kMetonym && n >= 2 {
			// a known body, or a seat of government ("White House"): no
			// longer name runs over it ("White House and State Department")
			for k := i; k < i+n; k++ {
				d.gazCover[k] = true
			}
		}
		if best.kind == kEntity && best.entry.typ == schema.Agency {
			m.e = d.ownStateAfter(m.e, best.entry.country)
		}
		switch best.kind {
		case kEntity:
			m.typ = best.entry.typ
			m.name = best.entry.name
			if m.typ == schema.Government {
				m.country = best.entry.name
			}
			if alts := sharedBodies(ps); alts != nil {
				shared = append(shared, sharedName{m, alts})
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
	resolveShared(out, shared)
	return out
}

// placeHeads, capitalised after a country's name, make the two one place's
// name: "the Panama Canal", "the Honduras Bridge".
var placeHeads = lexWords.set("placeHeads")

// placeNameHead reports whether token j, right after a country's name, is
// the capitalised head of a place named after it ("Panama Canal").
func (d *doc) placeNameHead(j int) bool {
	if j >= len(d.toks) || d.toks[j].brk || !d.toks[j].cap || d.toks[j].sent != d.toks[j-1].sent {
		return false
	}
	return placeHeads[d.toks[j].key]
}

// capWord reports whether toks[i] can be part of a capitalised name.
func (d *doc) capWord(i int) bool {
	t := d.toks[i]
	return t.kind == tWord && (t.cap || unicode.IsDigit(firstRune(t.key)) && t.letters > 0) && !funcWords[t.key]
}

// nameRunEnd is the end of a run of capitalised words from token i,
// particles included ("Tiburones del Sur").
func (d *doc) nameRunEnd(i int) int {
	return d.nameRunOver(i, nil)
}

// nameRunOver is nameRunEnd with the lower-case words in joins joining
// capitalised words as particles do; given joins, a joining word may not
// open a line and the capitalised word after it must be of the run's
// sentence (romanceNameRunEnd).
func (d *doc) nameRunOver(i int, joins map[string]bool) int {
	e := i
	for e < len(d.toks) && (e == i || !d.toks[e].brk) {
		if d.capWord(e) {
			e++
			continue
		}
		p := e
		for p < len(d.toks) && p < e+3 && (particles[d.toks[p].key] || joins[d.toks[p].key]) && !d.toks[p].cap && !(joins != nil && d.toks[p].brk) {
			p++
		}
		if p > e && p < len(d.toks) && d.capWord(p) && !d.toks[p].brk && (joins == nil || d.toks[p].sent == d.toks[i].sent) {
			e = p
			continue
		}
		break
	}
	return e
}

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

func sortMentions(ms []*mention) {
	sort.Slice(ms, func(i, j int) bool { return ms[i].s < ms[j].s })
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
