package ask

import (
	"context"
	"sort"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// Node is a node of the graph as answers show it.
type Node struct {
	IRI  string `json:"iri"`            // Without angle brackets: "ng:person/claudia-sheinbaum".
	Name string `json:"name"`           // schema:name, a role's title, a statement's text or an article's headline.
	Type string `json:"type,omitempty"` // Entity type ("Person", "Government", ...), or "Role", "Statement", "Article".
}

// ArticleRef names an article an answer was read in.
type ArticleRef struct {
	IRI       string `json:"iri"`
	Headline  string `json:"headline,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"` // RFC 3339; empty when unknown.
}

// Bounds on what one answer reads, so that its cost follows its size and
// not the store's: a busy entity (a government read in most articles) has
// more statements, officials and articles than any answer can show.
const (
	// MaxFacts is the most facts of one kind read about one node for an
	// answer (statements by a speaker, officials of an organisation, ...).
	MaxFacts = 1000
	// MaxArticles is the most articles a card lists for one fact: the
	// newest stored.
	MaxArticles = 10
	// PathArticles is the most a path lists for one link.
	PathArticles = 3
)

// reader reads one consistent view of the store (callers hold store.View)
// and caches what it has looked up.
type reader struct {
	ctx      context.Context
	rd       graph.Reader
	edges    map[edgeKey][]quad.Quad
	nodes    map[string]Node
	articles map[string]ArticleRef
	asserted map[assertedKey][]string
	lasts    map[edgeKey]lastFacts
	// shared holds neighbour lists earlier questions read; they serve
	// this one while the store is in the state they were read in (gen,
	// asked of graph the first time shared is used).
	graph    *graph.Store
	shared   *neighbourCache
	gen      graph.Generation
	genAsked bool
}

// sharedCache returns the cache of neighbour lists and the state of the
// store this reader reads, or nil when the state cannot be told.
func (r *reader) sharedCache() (*neighbourCache, graph.Generation) {
	if !r.genAsked && r.shared != nil {
		r.genAsked = true
		var ok bool
		if r.gen, ok = r.graph.Generation(r.ctx); !ok {
			r.shared = nil
		}
	}
	return r.shared, r.gen
}

// lastFacts is what reader.last returns.
type lastFacts struct {
	quads []quad.Quad
	total int
}

// edgeKey names the facts of one node in one direction with one predicate.
type edgeKey struct {
	dir   quad.Direction
	iri   string
	pred  quad.IRI
	limit int
}

func newReader(ctx context.Context, rd graph.Reader) *reader {
	return &reader{ctx: ctx, rd: rd, edges: map[edgeKey][]quad.Quad{},
		nodes: map[string]Node{}, articles: map[string]ArticleRef{}, asserted: map[assertedKey][]string{},
		lasts: map[edgeKey]lastFacts{}}
}

// facts returns at most limit quads with iri in direction d and predicate
// p (any when p is ""), read through the store's indexes, in a stable order.
func (r *reader) facts(d quad.Direction, iri string, p quad.IRI, limit int) ([]quad.Quad, error) {
	k := edgeKey{d, iri, p, limit}
	if q, ok := r.edges[k]; ok {
		return q, nil
	}
	var pv quad.Value // nil: any predicate
	if p != "" {
		pv = p
	}
	out, err := r.rd.QuadsWith(r.ctx, d, quad.IRI(iri), pv, limit)
	if err != nil {
		return nil, err
	}
	sortFacts(out)
	r.edges[k] = out
	return out, nil
}

// prefetch reads the facts with iri in direction d and each of preds (at
// most limit each) in one walk of the index, into the cache facts reads.
func (r *reader) prefetch(d quad.Direction, iri string, preds []quad.IRI, limit int) error {
	var todo []quad.Value
	for _, p := range preds {
		if _, ok := r.edges[edgeKey{d, iri, p, limit}]; !ok {
			todo = append(todo, p)
		}
	}
	if len(todo) == 0 {
		return nil
	}
	got, err := r.rd.QuadsWithAny(r.ctx, d, quad.IRI(iri), todo, limit)
	if err != nil {
		return err
	}
	for _, p := range todo {
		qs := got[p]
		sortFacts(qs)
		r.edges[edgeKey{d, iri, p.(quad.IRI), limit}] = qs
	}
	return nil
}

// sortFacts puts facts in a stable order: by subject, then object.
func sortFacts(qs []quad.Quad) {
	graph.SortBy(qs, func(q quad.Quad) string { return q.Subject.String() + " " + q.Object.String() })
}

// out returns the facts iri -p-> x (at most MaxFacts).
func (r *reader) out(iri string, p quad.IRI) ([]quad.Quad, error) {
	return r.facts(quad.Subject, iri, p, MaxFacts)
}

// in returns the facts x -p-> iri (at most MaxFacts).
func (r *reader) in(iri string, p quad.IRI) ([]quad.Quad, error) {
	return r.facts(quad.Object, iri, p, MaxFacts)
}

// last returns the newest n facts with iri in direction d and predicate p
// (see graph.Store.Newest) and how many there are.
func (r *reader) last(d quad.Direction, iri string, p quad.IRI, n int) ([]quad.Quad, int, error) {
	k := edgeKey{d, iri, p, n}
	if l, ok := r.lasts[k]; ok {
		return l.quads, l.total, nil
	}
	qs, total, err := r.rd.Newest(r.ctx, d, quad.IRI(iri), p, n)
	if err != nil {
		return nil, 0, err
	}
	r.lasts[k] = lastFacts{qs, total}
	return qs, total, nil
}

// first returns the text of the first object of iri -p->, or "".
func (r *reader) first(iri string, p quad.IRI) (string, error) {
	qs, err := r.facts(quad.Subject, iri, p, 1)
	if err != nil || len(qs) == 0 {
		return "", err
	}
	return graph.LiteralText(qs[0].Object), nil
}

// articlesOf returns the newest n articles that read fact q, sorted by
// IRI.
func (r *reader) articlesOf(q quad.Quad, n int) ([]string, error) {
	q.Label = nil
	key := graph.FactKey(q)
	ak := assertedKey{key, n}
	if as, ok := r.asserted[ak]; ok {
		return as, nil
	}
	newest, _, err := r.rd.Newest(r.ctx, quad.Object, key, schema.PredAsserts, n)
	if err != nil {
		return nil, err
	}
	as := articleIRIs(newest)
	r.asserted[ak] = as
	return as, nil
}

// assertedKey names the newest n articles of one fact.
type assertedKey struct {
	fact quad.String
	n    int
}

// node returns how an answer shows iri.
func (r *reader) node(iri string) (Node, error) {
	if n, ok := r.nodes[iri]; ok {
		return n, nil
	}
	n := Node{IRI: iri}
	types, err := r.facts(quad.Subject, iri, schema.PredType, 0)
	if err != nil {
		return Node{}, err
	}
	for _, q := range types {
		if c, ok := q.Object.(quad.IRI); ok {
			if t, ok := schema.ClassName(c); ok && (n.Type == "" || t < n.Type) {
				n.Type = t
			}
		}
	}
	for _, p := range []quad.IRI{schema.PredName, schema.PredTitle, schema.PredText, schema.PredHeadline} {
		if n.Name, err = r.first(iri, p); err != nil {
			return Node{}, err
		}
		if n.Name != "" {
			break
		}
	}
	r.nodes[iri] = n
	return n, nil
}

// names returns an entity's name and aliases, name first.
func (r *reader) names(iri string) ([]string, error) {
	var out []string
	for _, p := range []quad.IRI{schema.PredName, schema.PredAlias} {
		qs, err := r.out(iri, p)
		if err != nil {
			return nil, err
		}
		for _, q := range qs {
			out = append(out, graph.LiteralText(q.Object))
		}
	}
	return out, nil
}

// article returns the reference of an article IRI.
func (r *reader) article(iri string) (ArticleRef, error) {
	if a, ok := r.articles[iri]; ok {
		return a, nil
	}
	a := ArticleRef{IRI: iri}
	var err error
	if a.Headline, err = r.first(iri, schema.PredHeadline); err != nil {
		return ArticleRef{}, err
	}
	if a.URL, err = r.first(iri, schema.PredURL); err != nil {
		return ArticleRef{}, err
	}
	pub, err := r.facts(quad.Subject, iri, schema.PredPublished, 1)
	if err != nil {
		return ArticleRef{}, err
	}
	for _, q := range pub {
		if t, ok := q.Object.(quad.Time); ok {
			a.Published = time.Time(t).UTC().Format(time.RFC3339)
		} else {
			a.Published = graph.LiteralText(q.Object)
		}
	}
	r.articles[iri] = a
	return a, nil
}

// articles returns the references of article IRIs, sorted by IRI.
func (r *reader) articleRefs(iris []string) ([]ArticleRef, error) {
	out := make([]ArticleRef, 0, len(iris))
	for _, iri := range iris {
		a, err := r.article(iri)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

// isEntity reports whether a node's type is one of the entity types.
func isEntity(n Node) bool {
	_, err := schema.ParseEntityType(n.Type)
	return err == nil
}

// iriOf returns the IRI of v without brackets, or "" when v is not an IRI.
func iriOf(v quad.Value) string {
	if i, ok := v.(quad.IRI); ok {
		return string(i)
	}
	return ""
}

// set is a sorted set of strings.
type set map[string]bool

func (s set) add(v ...string) {
	for _, x := range v {
		if x != "" {
			s[x] = true
		}
	}
}

func (s set) sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// isRelation reports whether p is one of schema.RelationPredicates.
func isRelation(p quad.Value) (string, bool) {
	iri, ok := p.(quad.IRI)
	if !ok || !strings.HasPrefix(string(iri), schema.Prefix) {
		return "", false
	}
	verb := strings.TrimPrefix(string(iri), schema.Prefix)
	_, ok = schema.RelationPredicates[verb]
	return string(iri), ok
}
