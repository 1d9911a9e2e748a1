package extract

import (
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/data"
	"github.com/newsgraph/newsgraph/schema"
)

// Extractor extracts entities, roles, statements, agreements and relations
// from articles. It holds only read-only data after New and is safe for
// concurrent use.
type Extractor struct {
	gazFS  fs.FS
	g      *gazetteer
	limits Limits
}

// Option configures an Extractor.
type Option func(*Extractor)

// WithGazetteer reads the gazetteer from fsys instead of the bundled one
// (data.Gazetteer). fsys holds the same *.tsv files at its root.
func WithGazetteer(fsys fs.FS) Option { return func(e *Extractor) { e.gazFS = fsys } }

// New returns an Extractor with its gazetteer loaded.
func New(opts ...Option) (*Extractor, error) {
	e := &Extractor{gazFS: data.Gazetteer, limits: DefaultLimits}
	for _, o := range opts {
		o(e)
	}
	g, err := loadGazetteer(e.gazFS)
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	e.g = g
	return e, nil
}

// doc is the working state of one extraction.
type doc struct {
	g               *gazetteer
	nt              normText
	n               string
	base            int // offset of Article.Text in the text read
	toks            []token
	at              []int32 // token -> mention index + 1
	gazCover        []bool  // token inside a gazetteer organisation's name
	ments           []*mention
	ents            map[string]*entity
	entList         []*entity
	quotes          []quoteSpan
	inQuote         []bool          // per token
	turns           map[int]*entity // a transcript label's colon token -> who speaks in that turn
	titlecase       map[int]bool
	bodyCaps        map[string]bool // words written capitalised inside a sentence of a paragraph not in title case
	bodyLower       map[string]bool // words written in lower case in a paragraph not in title case
	dateline        string
	datelineToks    int // tokens [0, datelineToks) of the dateline paragraph start
	datelinePara    int
	countries       []countryAt
	guessedSide     bool // statedParties guessed the other side of "a deal with B"
	bodiesAsWritten bool // partyList reads "between A and B": "X's Agency" is the agency
	roles           []schema.Role
	guessed         map[string]bool // person|org of roles whose org was inferred, not stated
	stmts           []schema.Statement
	agrs            []*entity
	rels            []schema.Relation
	ambiguous       *entity            // personBySuffix's answer for a surname several people share
	kindEnt         map[string]*entity // country + "|" + agency kind -> the generic agency named so
	places          []countryAt        // capitals named as places ("in Washington")
	dom             [2]domCache        // dominant(false), dominant(true)
}

type countryAt struct {
	tok     int
	country string
}

// Limits bound the work of one extraction: an article beyond any of them
// is refused with a *LimitError before the costly passes run.
type Limits struct {
	Bytes    int // Length of the text.
	Quotes   int // Quotation spans (each may become a statement).
	Mentions int // Candidate names found in the text.
}

// DefaultLimits are generous for news: a 2 MB article of wire copy has
// about 5,400 quotation spans; a 2 MB text of nothing but quotations,
// over 15,000.
var DefaultLimits = Limits{Bytes: 8 << 20, Quotes: 10000, Mentions: 200000}

// WithLimits replaces DefaultLimits; a zero field is no limit.
func WithLimits(l Limits) Option { return func(e *Extractor) { e.limits = l } }

// ErrLimit is wrapped by every *LimitError.
var ErrLimit = errors.New("article exceeds an extraction limit")

// LimitError says which of the Limits an article exceeds.
type LimitError struct {
	What string // "bytes", "quotations" or "mentions".
	N    int    // How many the article has (at least).
	Max  int
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("%d %s, more than the %d one article may have", e.N, e.What, e.Max)
}

func (e *LimitError) Unwrap() error { return ErrLimit }

// Extract reads one article. It never panics; for any input every
// statement's Start and End cut its Quote out of a.Text. An article beyond
// the extractor's Limits gives an empty extraction; ExtractBounded says why.
func (e *Extractor) Extract(a schema.Article) schema.Extraction {
	x, _ := e.ExtractBounded(a)
	return x
}

// ExtractBounded is Extract that reports an article beyond the
// extractor's Limits as a *LimitError (with an empty extraction) and a
// bug as an error rather than an empty extraction.
func (e *Extractor) ExtractBounded(a schema.Article) (x schema.Extraction, err error) {
	defer func() {
		if r := recover(); r != nil {
			// A bug must not stop a load.
			x, err = empty(a), fmt.Errorf("extractor panic: %v", r)
		}
	}()
	x, err = e.extract(a)
	if err != nil {
		return empty(a), err
	}
	return x, nil
}

func empty(a schema.Article) schema.Extraction {
	return schema.Extraction{Article: a.ID, Title: a.Title, Entities: []schema.Entity{}, Roles: []schema.Role{},
		Statements: []schema.Statement{}, Agreements: []schema.AgreementFact{}, Relations: []schema.Relation{}}
}

// over returns a *LimitError when n exceeds max (0: no limit).
func over(what string, n, max int) error {
	if max > 0 && n > max {
		return &LimitError{What: what, N: n, Max: max}
	}
	return nil
}

// extract is ExtractBounded without the recovery, for tests that look for
// panics.
func (e *Extractor) extract(a schema.Article) (schema.Extraction, error) {
	x := empty(a)
	if err := over("bytes", len(a.Text)+len(a.Title), e.limits.Bytes); err != nil {
		return x, err
	}
	src, base := a.Text, 0
	if t := strings.TrimSpace(a.Title); t != "" && !strings.HasPrefix(strings.TrimLeft(a.Text, " \t\r\n\ufeff"), t) {
		src = t + "\n" + a.Text
		base = len(t) + 1
	}
	d := &doc{g: e.g, base: base, ents: map[string]*entity{}, titlecase: map[int]bool{}, ambiguous: &entity{}}
	d.nt = normalize(src)
	d.n = d.nt.n
	d.toks = tokenize(d.n, true)
	sentences(d.toks)
	d.at = make([]int32, len(d.toks))
	d.findTitlecase()
	d.findQuotes()
	if err := over("quotations", len(d.quotes), e.limits.Quotes); err != nil {
		return x, err
	}
	d.findDateline()
	d.findMentions()
	if err := over("mentions", len(d.ments), e.limits.Mentions); err != nil {
		return x, err
	}
	d.resolve()
	d.mergeAppositives()
	d.mergeSlashNames()
	d.organizationBackRefs()
	d.findRoles()
	d.findAgreements()
	d.findStatements(a.Text)
	x.Published = publishedDate(a)
	d.findRelations(x.Published)
	d.output(&x)
	return x, nil
}

// findTitlecase marks paragraphs written in headline case.
func (d *doc) findTitlecase() {
	words, caps := map[int]int{}, map[int]int{}
	lastKey := map[int]string{}
	for _, t := range d.toks {
		lastKey[t.para] = t.key
		if t.kind != tWord || t.letters < 4 {
			continue
		}
		words[t.para]++
		if t.cap {
			caps[t.para]++
		}
	}
	for p, w := range words {
		k := lastKey[p]
		if w >= 2 && w <= 20 && caps[p]*4 >= w*3 && (p == 0 || k != "." && k != "!" && k != "?") {
			d.titlecase[p] = true
		}
	}
}

// findDateline recognises "BOGOTA, Colombia, Aug. 13, 2003 –" or
// "MIAMI –" at the start of a paragraph.
func (d *doc) findDateline() {
	for i := 0; i < len(d.toks) && d.toks[i].para <= 3; i++ {
		if !d.toks[i].brk {
			continue
		}
		t := d.toks[i]
		if !(t.upper && t.letters >= 3) {
			continue
		}
		for j := i; j < len(d.toks) && j < i+14 && d.toks[j].para == t.para; j++ {
			k := d.toks[j].key
			if k == "–" || k == "—" || k == "-" && d.toks[j].space {
				d.datelinePara = t.para
				d.datelineToks = j + 1
				// the country: a name inside, or the capital's
				for k := i; k < j; k++ {
					ps, n := d.g.lookup(d.toks, k)
					if n > 0 && (ps[0].kind == kEntity && ps[0].entry.typ == schema.Government || ps[0].kind == kMetonym) {
						if d.dateline == "" || ps[0].kind == kEntity {
							d.dateline = ps[0].entry.country
						}
					}
				}
				return
			}
		}
	}
}

func (d *doc) inDateline(i int) bool {
	return d.datelineToks > 0 && i < d.datelineToks && d.toks[i].para == d.datelinePara
}

// resolve turns candidate mentions into entities.
// formalNameAt reports whether the name at token s is introduced as the
// formal name of something already named: "formally (known as) a …",
// "officially called the …".
func (d *doc) formalNameAt(s int) bool {
	j := s - 1
	if j >= 0 && (d.toks[j].key == "a" || d.toks[j].key == "an" || d.toks[j].key == "the") {
		j--
	}
	if j >= 1 && d.toks[j].key == "as" && d.toks[j-1].key == "known" {
		j -= 2
	} else if j >= 0 && (d.toks[j].key == "called" || d.toks[j].key == "named" || d.toks[j].key == "titled") {
		j--
	}
	return j >= 0 && (d.toks[j].key == "formally" || d.toks[j].key == "officially") && d.toks[j].sent == d.toks[s].sent
}

func (d *doc) resolve() {
	var ctx []*mention
	for mi, m := range d.ments {
		m.quoted = d.inQuote[m.s]
		if m.class != mEntity || m.ent != nil {
			if m.class == mDemonym {
				d.countries = append(d.countries, countryAt{m.s, m.country})
			}
			if m.ent != nil {
				m.ent.mentions++
			}
			continue
		}
		surf := d.surface(m.s, m.e)
		switch {
		case m.gaz != nil && m.gkind == kMetonym:
			if m.s > 0 && locatives[d.toks[m.s-1].key] && !strings.Contains(fold(surf), "house") || d.inDateline(m.s) ||
				m.e < len(d.toks) && d.toks[m.e].cap && d.toks[m.e].kind == tWord && !d.toks[m.e].brk && d.at[m.e] == 0 && !funcWords[d.toks[m.e].key] {
				m.class = mIgnore
				d.places = append(d.places, countryAt{m.s, m.gaz.country})
				continue
			}
			m.ent = d.entity(schema.Government, m.gaz.country, m.s)
			m.ent.alias(surf)
		case m.gaz != nil && bareBodies[fold(surf)] && d.tailEntity(surf, m.gaz.name) != nil:
			// "the Coast Guard" after "the Jamaica Defence Force Coast Guard"
			m.ent = d.tailEntity(surf, m.gaz.name)
		case m.gaz != nil && bareBodies[fold(surf)] && m.gaz.orgKind != "" && m.gaz.country != "" &&
			!(m.e < len(d.toks) && titleHeads[d.toks[m.e].key]) && d.bareBodyCountry(m.s, m.gaz.country) != "":
			// a bare "Congress" or "Navy" where another country is being
			// talked about is that country's
			m.agencyK = m.gaz.orgKind
			m.country = d.bareBodyCountry(m.s, m.gaz.country)
			m.name = agencyCore(m.gaz.orgKind)
			d.agency(m, surf)
		case m.gaz != nil:
			m.ent = d.entity(m.gaz.typ, m.gaz.name, m.s)
			m.ent.alias(surf)
			if m.gaz.country != "" && m.gaz.typ != schema.Government {
				m.ent.country = m.gaz.country
			}
			m.ent.parties = m.gaz.parties
		case m.agencyK != "":
			if m.needCtx {
				ctx = append(ctx, m)
				continue
			}
			d.agency(m, surf)
		default:
			// a name another entity of the article already has as alias:
			// "Federal Police" after "Brazil's Federal Police"
			for _, e := range d.entList {
				if e.typ == m.typ && e.typ == schema.Agency && fold(e.name) != fold(m.name) && hasAlias(e, m.name) {
					m.ent = e
					break
				}
			}
			// "the National Police" in an article about Colombia: the
			// known agency of that kind
			if kind := genericAgencyNames[fold(m.name)]; m.ent == nil && m.typ == schema.Agency && kind != "" {
				if c := d.contextCountry(m.s, true); c != "" {
					if ge := d.g.byKind[c+"|"+kind]; ge != nil {
						m.ent = d.entity(schema.Agency, ge.name, m.s)
						m.ent.country = c
					}
				}
			}
			// "Formally an Asylum Cooperative Agreement, it …": the
			// formal name of the agreement just talked about
			if m.ent == nil && m.typ == schema.Agreement && d.formalNameAt(m.s) {
				for j := mi - 1; j >= 0; j-- {
					if e := d.ments[j].ent; e != nil && e.typ == schema.Agreement {
						m.ent = e
						break
					}
				}
			}
			if m.ent == nil {
				m.ent = d.entity(m.typ, m.name, m.s)
			}
			m.ent.alias(surf)
			for _, a := range m.aliases {
				m.ent.alias(a)
			}
			if m.typ == schema.Agreement {
				m.ent.generic = m.generic
				m.ent.core = m.agrCore
				m.ent.parties = append(m.ent.parties, m.parties...)
			}
		}
		if m.ent == nil {
			continue
		}
		m.ent.mentions++
		if m.ent.wikidata == "" && m.gaz != nil {
			m.ent.wikidata = m.gaz.wikidata
		}
		if m.ent.typ == schema.Government {
			d.countries = append(d.countries, countryAt{m.s, m.ent.name})
			m.country = m.ent.name
		}
		// a country at the start of an agency's name: "U.S. Southern Command"
		if m.ent.typ != schema.Government && m.ent.typ != schema.Person {
			if c, n := d.countryAt(m.s); c != "" && n < m.e-m.s {
				d.entity(schema.Government, c, m.s).mentions++
				d.countries = append(d.countries, countryAt{m.s, c})
				if m.ent.country == "" && m.ent.typ == schema.Agency {
					m.ent.country = c
				}
			}
		}
	}
	sort.Slice(d.countries, func(i, j int) bool { return d.countries[i].tok < d.countries[j].tok })
	for _, m := range ctx {
		c := d.contextCountry(m.s, true)
		if c == "" {
			m.class = mIgnore
			continue
		}
		m.country = c
		d.agency(m, d.surface(m.s, m.e))
		m.ent.mentions++
	}
	// in token order again for the searches that follow (countriesBefore)
	sort.SliceStable(d.countries, func(i, j int) bool { return d.countries[i].tok < d.countries[j].tok })
	d.dom = [2]domCache{}
}

// countriesBefore is the number of d.countries named before token i (they
// are in token order once resolve is done).
func (d *doc) countriesBefore(i int) int {
	return sort.Search(len(d.countries), func(k int) bool { return d.countries[k].tok >= i })
}

// agency resolves a generic agency phrase whose country is known.
func (d *doc) agency(m *mention, surf string) {
	c := m.country
	if e := d.g.byKind[c+"|"+m.agencyK]; e != nil {
		m.ent = d.entity(schema.Agency, e.name, m.s)
		m.ent.wikidata = e.wikidata
	} else if k := d.kindEnt[c+"|"+m.agencyK]; k != nil {
		m.ent = k // "Honduran police" after "the Honduran National Police"
		if m.coreS > m.s && m.coreS < m.e && d.toks[m.coreS].cap {
			adj := c
			if ce := d.g.countries[c]; ce != nil {
				adj = ce.adj
			}
			m.ent.alias(adj + " " + d.surface(m.coreS, m.e))
		}
	} else {
		adj := c
		if ce := d.g.countries[c]; ce != nil {
			adj = ce.adj
		}
		name := adj + " " + m.name
		m.ent = d.entity(schema.Agency, name, m.s)
		if d.kindEnt == nil {
			d.kindEnt = map[string]*entity{}
		}
		d.kindEnt[c+"|"+m.agencyK] = m.ent
		if m.coreS > m.s && m.coreS < m.e && d.toks[m.coreS].cap {
			m.ent.alias(adj + " " + d.surface(m.coreS, m.e)) // "Honduran National Police"
		}
	}
	m.ent.country = c
	m.ent.alias(surf)
	if m.coreS > m.s && m.coreS < m.e && d.toks[m.coreS].cap {
		m.ent.alias(d.surface(m.coreS, m.e)) // "Argentina's Security Ministry": "Security Ministry" as written
	} else if m.coreS > m.s && m.coreS < m.e && strings.HasSuffix(m.name, "ministry") {
		m.ent.alias(d.surface(m.coreS, m.e)) // "Kenya's foreign ministry": the ministry is "the foreign ministry" there
	}
	for _, a := range m.aliases {
		m.ent.alias(a)
	}
	if !m.needCtx {
		// the qualifier names the government too
		d.entity(schema.Government, c, m.s).mentions++
		d.countries = append(d.countries, countryAt{m.s, c})
	}
}

// contextCountry is the government the text is about at token i: the last
// one named before it (other than the United States when notUS), else the
// dateline's, else the most named.
func (d *doc) contextCountry(i int, notUS bool) string {
	for k := len(d.countries) - 1; k >= 0; k-- {
		c := d.countries[k]
		if c.tok >= i || notUS && c.country == "United States" {
			continue
		}
		return c.country
	}
	if d.dateline != "" && !(notUS && d.dateline == "United States") {
		return d.dateline
	}
	return d.dominant(notUS)
}

// domCache is dominant's answer while d.countries has n entries.
type domCache struct {
	n     int // len(d.countries) + 1 when set
	value string
}

// dominant is the most often named government.
func (d *doc) dominant(notUS bool) string {
	c := &d.dom[0]
	if notUS {
		c = &d.dom[1]
	}
	if c.n != len(d.countries)+1 {
		c.value, c.n = d.countDominant(notUS), len(d.countries)+1
	}
	return c.value
}

func (d *doc) countDominant(notUS bool) string {
	count := map[string]int{}
	best, bn := "", 0
	for _, c := range d.countries {
		if notUS && c.country == "United States" {
			continue
		}
		count[c.country]++
		if n := count[c.country]; n > bn {
			best, bn = c.country, n
		}
	}
	return best
}

// output writes the extraction in a stable order.
func (d *doc) output(x *schema.Extraction) {
	ents := make([]*entity, 0, len(d.entList))
	for _, e := range d.entList {
		if e.typ == "" || e.mentions == 0 && e.typ != schema.Government {
			continue
		}
		if e.typ == schema.Government && e.mentions == 0 {
			continue
		}
		ents = append(ents, e)
	}
	sort.SliceStable(ents, func(i, j int) bool { return ents[i].first < ents[j].first })
	for _, e := range ents {
		x.Entities = append(x.Entities, schema.Entity{Name: e.name, Type: e.typ, Aliases: e.aliases, Wikidata: e.wikidata})
	}
	x.Roles = append(x.Roles, d.roles...)
	x.Statements = append(x.Statements, d.stmts...)
	for _, a := range d.agrs {
		x.Agreements = append(x.Agreements, schema.AgreementFact{Name: a.name, Parties: a.parties})
	}
	x.Relations = append(x.Relations, d.rels...)
}

// repoint makes every mention of from a mention of to, gives to from's name
// and aliases as aliases, and returns how many mentions moved.
func (d *doc) repoint(from, to *entity) int {
	n := 0
	for _, m := range d.ments {
		if m.ent == from {
			m.ent = to
			n++
		}
	}
	to.alias(from.name)
	for _, a := range from.aliases {
		to.alias(a)
	}
	return n
}

// mergeAppositives joins two names of one referent: "Navy Ministry
// (SEMAR)" and "the USMCA, the trade pact that …"; and a generic
// agreement into a fuller one with the same words ("security agreement"
// into "security cooperation agreement").
func (d *doc) mergeAppositives() {
	move := func(from, to *entity) {
		if from == to || from.typ == "" || to.typ == "" {
			return
		}
		to.mentions += d.repoint(from, to)
		to.parties = append(to.parties, from.parties...)
		if from.first < to.first {
			to.first = from.first
		}
		from.typ = ""
	}
	for k, m := range d.ments {
		if m.ent == nil || m.ent.typ == schema.Person || m.ent.typ == schema.Government {
			continue
		}
		// "Name (ACR)": the acronym the gazetteer knows names the referent
		if m.e+2 < len(d.toks) && d.toks[m.e].key == "(" {
			if a := d.mentionAt(m.e + 1); a != nil && a.ent != nil && a.e < len(d.toks) && d.toks[a.e].key == ")" && a.ent.typ == m.ent.typ && a.ent != m.ent {
				if a.gaz != nil && m.gaz == nil {
					move(m.ent, a.ent)
				} else {
					move(a.ent, m.ent)
				}
				continue
			}
			// an acronym nobody knows: an alias
			if t := d.toks[m.e+1]; t.upper && t.letters >= 2 && d.at[m.e+1] == 0 && m.e+2 < len(d.toks) && d.toks[m.e+2].key == ")" {
				acr := d.surface(m.e+1, m.e+2)
				m.ent.alias(acr)
				d.take(&mention{s: m.e + 1, e: m.e + 2, ent: m.ent, typ: m.ent.typ})
				// the acronym stands for the name wherever it occurs after
				for k := m.e + 3; k < len(d.toks); k++ {
					if t := d.toks[k]; t.upper && d.at[k] == 0 && d.surface(k, k+1) == acr {
						d.take(&mention{s: k, e: k + 1, ent: m.ent, typ: m.ent.typ, quoted: d.inQuote[k]})
						m.ent.mentions++
					}
				}
			}
		}
		// "the Honduran anti-drug agency, the DLCN,": an unknown acronym
		// in apposition names the body
		if (m.ent.typ == schema.Agency || m.ent.typ == schema.Organization || m.ent.typ == schema.Cartel) && m.e+3 < len(d.toks) &&
			d.toks[m.e].key == "," && d.toks[m.e+1].key == "the" && d.at[m.e+2] == 0 {
			if t := d.toks[m.e+2]; t.upper && t.letters >= 2 && t.kind == tWord && (d.toks[m.e+3].key == "," || d.toks[m.e+3].key == ".") {
				acr := d.surface(m.e+2, m.e+3)
				m.ent.alias(acr)
				for k := m.e + 2; k < len(d.toks); k++ {
					if t := d.toks[k]; t.upper && d.at[k] == 0 && d.surface(k, k+1) == acr {
						d.take(&mention{s: k, e: k + 1, ent: m.ent, typ: m.ent.typ, quoted: d.inQuote[k]})
						m.ent.mentions++
					}
				}
			}
		}
		// "the USMCA, the trade pact"
		if m.ent.typ == schema.Agreement && m.e+2 < len(d.toks) && d.toks[m.e].key == "," && d.toks[m.e+1].key == "the" {
			if g := d.mentionAt(m.e + 2); g != nil && g.ent != nil && g.ent.generic && g.s == m.e+2 && !m.ent.generic {
				move(g.ent, m.ent)
			}
		}
		// "the USMCA trade pact": a named agreement followed by what it is
		if m.ent.typ == schema.Agreement && !m.ent.generic && m.e < len(d.toks) {
			if g := d.mentionAt(m.e); g != nil && g.ent != nil && g.ent != m.ent && g.ent.typ == schema.Agreement && g.ent.generic && g.s == m.e {
				move(g.ent, m.ent)
			}
		}
		_ = k
	}
	// generic agreements whose words are a subset of another's
	for _, a := range d.entList {
		if a.typ != schema.Agreement || !a.generic {
			continue
		}
		wa := strings.Fields(fold(a.core))
		for _, b := range d.entList {
			if b == a || b.typ != schema.Agreement || !b.generic {
				continue
			}
			wb := strings.Fields(fold(b.core))
			if (len(wa) < len(wb) || len(wa) == len(wb) && a.first > b.first) && subsetMods(wa, wb) {
				move(a, b)
				break
			}
		}
		if a.mentions == 0 {
			continue
		}
		// "the Bridgetown Protocol on Illicit Firearms … the firearms
		// protocol": every word of the generic one is in one named one's name
		var only *entity
		n := 0
		for _, b := range d.entList {
			if b.typ != schema.Agreement || b.generic || b.mentions == 0 || len(wa) < 2 {
				continue
			}
			wb := strings.Fields(fold(b.name))
			all := true
			for _, w := range wa {
				if !contains(wb, w) {
					all = false
					break
				}
			}
			if all {
				only = b
				n++
			}
		}
		if n == 1 {
			move(a, only)
			continue
		}
		// "the USMCA trade pact … the trade agreement": a named agreement's
		// lower-case alias
	named:
		for _, b := range d.entList {
			if b.typ != schema.Agreement || b.generic || b.mentions == 0 {
				continue
			}
			for _, al := range b.aliases {
				if al != strings.ToLower(al) {
					continue
				}
				if wb := strings.Fields(fold(al)); len(wa) <= len(wb) && subsetMods(wa, wb) {
					move(a, b)
					break named
				}
			}
		}
	}
	sortMentions(d.ments)
	d.reindex()
}

// subsetMods reports whether agreement words a (modifiers and head) are
// among b's, heads compared as synonyms.
func subsetMods(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 || !lowerAgreementHeads[a[len(a)-1]] || !lowerAgreementHeads[b[len(b)-1]] {
		return false
	}
	if contains(b, "and") && !contains(a, "and") {
		return false // "the trade agreement" is not the "trade and security agreement"
	}
	for _, w := range a[:len(a)-1] {
		if !contains(b[:len(b)-1], w) && w != "" {
			return false
		}
	}
	return true
}

func hasAlias(e *entity, name string) bool {
	f := fold(name)
	for _, a := range e.aliases {
		if fold(a) == f {
			return true
		}
	}
	return false
}

// genericAgencyNames are capitalised names every country uses for a body
// of that kind.
var genericAgencyNames = map[string]string{
	"national police": "police", "federal police": "police", "national civil police": "police",
	"national army": "army", "army": "army", "navy": "navy", "national navy": "navy",
	"foreign ministry": "foreignministry", "ministry of foreign affairs": "foreignministry",
	"defense ministry": "defenseministry", "defence ministry": "defenseministry", "ministry of defense": "defenseministry",
	"ministry of defence": "defenseministry", "national guard": "nationalguard",
	"attorney general's office": "attorneygeneral", "prosecutor general's office": "attorneygeneral",
}

// nearCountry is the government named last before token i within its
// sentence or the one before, when it is not home; "" otherwise.
// bareBodyCountry is the country a bare "Navy" or "Air Force" at token i
// belongs to when it is not home's (the gazetteer's reading): the country
// talked about in this or the sentence before, a place of another country
// in this sentence ("In Bogotá, the Air Force …"), else the country the
// article is datelined from or is mostly about, when home is named much
// less.
func (d *doc) bareBodyCountry(i int, home string) string {
	sent := d.toks[i].sent
	for k := len(d.countries) - 1; k >= 0; k-- {
		c := d.countries[k]
		if c.tok >= i {
			continue
		}
		if d.toks[c.tok].sent >= sent-1 {
			return d.nearCountry(i, home)
		}
		break
	}
	for k := len(d.places) - 1; k >= 0; k-- {
		if p := d.places[k]; p.tok < i && d.toks[p.tok].sent == sent {
			if p.country == home {
				return ""
			}
			return p.country
		}
	}
	// "Senator X, a Virginia Democrat, … “Congress has not …”": US party
	// politics around the body make it the home country's
	if home == "United States" {
		for k := i - 1; k >= 0 && d.toks[k].sent >= sent-1; k-- {
			if usPartyWords[d.toks[k].key] && d.toks[k].cap {
				return ""
			}
		}
	}
	if d.dateline != "" {
		if d.dateline == home {
			return ""
		}
		return d.dateline
	}
	n := map[string]int{}
	for _, c := range d.countries {
		n[c.country]++
	}
	for _, m := range d.ments {
		if m.s >= i {
			break
		}
		if m.ent != nil && m.ent.typ == schema.Agency && m.ent.country != "" {
			n[m.ent.country]++ // "the U.S. Navy" speaks for its country
		}
	}
	if dom := d.dominant(false); dom != "" && dom != home && n[dom] >= 2 && n[dom] >= 2*n[home]+1 {
		return dom
	}
	return ""
}

func (d *doc) nearCountry(i int, home string) string {
	sent := d.toks[i].sent
	for k := len(d.places) - 1; k >= 0; k-- {
		if p := d.places[k]; p.tok < i && d.toks[p.tok].sent == sent {
			if p.country == home {
				return "" // "In Washington, Congress …"
			}
			break
		}
	}
	for k := len(d.countries) - 1; k >= 0; k-- {
		c := d.countries[k]
		if c.tok >= i {
			continue
		}
		if d.toks[c.tok].sent < sent-1 {
			break
		}
		if c.country == home {
			return ""
		}
		return c.country
	}
	return ""
}

// usPartyWords mark US party politics.
var usPartyWords = set("democrat", "democrats", "republican", "republicans", "gop")

// agencyCore is the wording of a generic agency kind.
func agencyCore(kind string) string {
	for _, k := range agencyKinds {
		if k.kind == kind {
			return k.core
		}
	}
	return kind
}

// bareBodies are one-word names every state gives a body of its own.
var bareBodies = set("congress", "senate", "navy", "army", "marines", "parliament", "coast guard", "air force",
	"national guard", "marine corps")

// tailEntity is the agency named earlier whose name ends with surf, other
// than the gazetteer's own entry called name.
func (d *doc) tailEntity(surf, name string) *entity {
	f := " " + fold(surf)
	for _, e := range d.entList {
		if e.typ == schema.Agency && e.mentions > 0 && fold(e.name) != fold(name) && strings.HasSuffix(" "+fold(e.name), f) {
			return e
		}
	}
	return nil
}
