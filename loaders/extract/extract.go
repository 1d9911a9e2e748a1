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
	ownQuote        map[int]bool    // opening marks of quotations that are the page's own statement (assertOwnStatements)
	titlecase       map[int]bool
	bodyCaps        map[string]bool // words written capitalised inside a sentence of a paragraph not in title case
	bodyLower       map[string]bool // words written in lower case in a paragraph not in title case
	dateline        string
	datelineToks    int // tokens [0, datelineToks) of the dateline paragraph start
	datelinePara    int
	datelineUS      bool // a domestic US dateline that names no country ("FAIRFAX, Va. –", "BOSTON –"): usDateline
	countries       []countryAt
	countryWritten  map[string]bool // state -> whether the text writes its name or adjective (namesCountry)
	guessedSide     bool            // statedParties guessed the other side of "a deal with B"
	bodiesAsWritten bool            // partyList reads "between A and B": "X's Agency" is the agency
	unitPost        bool            // the post read is in a unit named after its owner's possessive: none at the owner (roles_possessedunit.go)
	roles           []schema.Role
	delegations     []delegation // sentences listing a government's delegation
	speaker         *entity      // the author of the whole text (textSpeaker)
	speakerDone     bool
	paraFirst       map[int]int     // paragraph -> its first token (paraStart)
	guessed         map[string]bool // person|org of roles whose org was inferred, not stated
	localHeld       map[string]bool // person|title of local offices written after their place (roles_localprefix.go)
	servesAt        map[string]bool // person|org of posts read from list mates' body: served at, not headed
	stmts           []schema.Statement
	agrs            []*entity
	agrStated       map[*entity]bool // agreements whose parties the text or the gazetteer states, not guessed from context
	meets           []meeting        // the metWith relations read, each at its first mention
	meetAts         []meeting        // every mention of a meeting read, for partnerMeetings
	rels            []schema.Relation
	unsent          []meeting          // extraditions read with no sending state: b the person, at the verb (arrestSenders)
	holders         []holder           // governments said to hold people, for dropOtherHolders
	ambiguous       *entity            // personBySuffix's answer for a surname several people share
	kindEnt         map[string]*entity // country + "|" + agency kind -> the generic agency named so
	places          []countryAt        // capitals named as places ("in Washington")
	dom             [2]domCache        // dominant(false), dominant(true)
	vesselToks      map[int]bool       // words of ships' names (vesselNames)
	vesselKeys      map[string]bool    // the words used in ships' names
	midCaps         map[string]bool    // words written capitalised after a word of their sentence (capitalisedInside)
	isTranscript    int8               // transcript(): 0 not yet read, 1 no, 2 yes
	signOffComma    int                // afterSignOff: the comma of the text's first sign-off; 0 not yet read, -1 none
	lowerKeys       map[string]bool    // keys of the tokens written in lower case anywhere (writtenLower); nil until read
	placedOffice    int8               // placedFieldOffice: 0 not yet read, 1 no, 2 yes
	parenOpen       []bool             // per token: inside parentheses within its sentence (inParens); nil until read
	usPartyTagged   int8               // usPartyTags: 0 not yet read, 1 no, 2 yes
	usCongress      int8               // usCongressText: 0 not yet read, 1 no, 2 yes
	usLegislator    int8               // namesUSLegislator, read once per text: 0 not yet read, 1 no, 2 yes
	floorRecord     bool               // a legislative record's speaker label opens a floor speech: floorSpeakers
	namesOpened     map[string]bool    // keys of words a capitalised word follows on their line (opensName); nil until read
	extradites      int8               // speaksOfExtradition: 0 not yet read, 1 no, 2 yes
	reportRead      bool               // reportState read
	reportGov       *entity            // reportState: the one state a text with no dateline is titled by
	reportPost      bool               // reportPostRoles is adding: a bare rank is the report state's post

	// explaining (explain.go): why is nil unless Explain runs; rule names
	// the rule now emitting facts and [ruleS, ruleE) the tokens it matched
	why          *explainer
	rule         string
	ruleS, ruleE int
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
	return e.run(a, nil)
}

// run extracts a, recording why each fact was read when why is not nil.
func (e *Extractor) run(a schema.Article, why *explainer) (schema.Extraction, error) {
	x := empty(a)
	if err := over("bytes", len(a.Text)+len(a.Title), e.limits.Bytes); err != nil {
		return x, err
	}
	src, base := a.Text, 0
	if t := strings.TrimSpace(a.Title); t != "" && !strings.HasPrefix(strings.TrimLeft(a.Text, " \t\r\n\ufeff"), t) {
		src = t + "\n" + a.Text
		base = len(t) + 1
	}
	d := &doc{g: e.g, base: base, ents: map[string]*entity{}, titlecase: map[int]bool{}, ambiguous: &entity{}, why: why, ownQuote: map[int]bool{}}
	d.nt = normalize(src)
	d.n = d.nt.n
	d.toks = tokenize(d.n, e.g.knownWord) // "PetroCaribe" stays one word (tokenize_knownglue.go)
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
	d.mergeShortenedNames()
	d.mergeAppositives()
	d.mergeSlashNames()
	d.organizationBackRefs()
	d.mergePrefixedUnits()
	d.fieldOfficeUnits()
	d.capitalTheAliases()
	d.dashUnits()
	d.mergeForceNames()
	d.findDelegations()
	d.findRoles()
	d.findAgreements()
	d.findStatements(a.Text)
	var pubRule, pubWords string
	x.Published, pubRule, pubWords = publishedDateWhy(a)
	if why != nil {
		why.published = because{rule: pubRule, words: pubWords}
	}
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
		// a headline may run long: "Statement by … on X's Call with A and B"
		if w >= 2 && (w <= 20 || p == 0 && w <= 40) && caps[p]*4 >= w*3 && (p == 0 || k != "." && k != "!" && k != "?") {
			d.titlecase[p] = true
		}
	}
}

// findDateline recognises "BOGOTA, Colombia, Aug. 13, 2003 –" or
// "MIAMI –" at the start of one of the first paragraphs (under a headline,
// a subtitle and a date line).
func (d *doc) findDateline() {
	for i := 0; i < len(d.toks) && d.toks[i].para <= 5; i++ {
		if !d.toks[i].brk {
			continue
		}
		t := d.toks[i]
		if !(t.upper && t.letters >= 3) && !d.titleCaseDateline(i) {
			continue
		}
		for j := i; j < len(d.toks) && j < i+14 && d.toks[j].para == t.para; j++ {
			if d.isDash(j) {
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
				d.datelineUS = d.dateline == "" && d.usDateline(i, j)
				return
			}
		}
	}
}

func (d *doc) inDateline(i int) bool {
	return d.datelineToks > 0 && i < d.datelineToks && d.toks[i].para == d.datelinePara
}

// output writes the extraction in a stable order.
func (d *doc) output(x *schema.Extraction) {
	ents := make([]*entity, 0, len(d.entList))
	branchOnly, portfolio, lowerForce := d.rankPrefixOnly(), d.portfolioOnly(), d.lowerForceOnly()
	for _, e := range d.entList {
		if e.typ == "" || e.mentions == 0 && e.typ != schema.Government || branchOnly[e] || portfolio[e] || lowerForce[e] {
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
	seenRole := map[schema.Role]bool{}
	for _, r := range d.roles {
		if seenRole[r] {
			continue
		}
		seenRole[r] = true
		if !d.groupMembership(r) && !d.longerTitleAt(r) {
			x.Roles = append(x.Roles, r) // membership of a gang is a tie, not a post
		}
	}
	x.Statements = append(x.Statements, d.stmts...)
	for _, a := range d.agrs {
		x.Agreements = append(x.Agreements, schema.AgreementFact{Name: a.name, Parties: a.parties})
	}
	x.Relations = append(x.Relations, d.rels...)
	if d.why != nil {
		d.explain(x, ents)
	}
}
