package ask

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
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

// reader reads one consistent view of the store (callers hold store.View)
// and caches what it has looked up.
type reader struct {
	ctx      context.Context
	qs       cgraph.QuadStore
	out, in  map[string][]quad.Quad
	nodes    map[string]Node
	articles map[string]ArticleRef
}

func newReader(ctx context.Context, qs cgraph.QuadStore) *reader {
	return &reader{ctx: ctx, qs: qs,
		out: map[string][]quad.Quad{}, in: map[string][]quad.Quad{},
		nodes: map[string]Node{}, articles: map[string]ArticleRef{}}
}

// quads returns the quads with v in direction d, in a stable order.
func (r *reader) quads(d quad.Direction, v quad.Value) ([]quad.Quad, error) {
	ref, err := r.qs.ValueOf(v)
	if err != nil {
		return nil, fmt.Errorf("look up %v: %w", v, err)
	}
	if ref == nil {
		return nil, nil
	}
	it := r.qs.QuadIterator(d, ref).Iterate()
	defer it.Close()
	var out []quad.Quad
	for it.Next(r.ctx) {
		q, err := r.qs.Quad(it.Result())
		if err != nil {
			return nil, fmt.Errorf("read quad of %v: %w", v, err)
		}
		out = append(out, q)
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("iterate quads of %v: %w", v, err)
	}
	if err := r.ctx.Err(); err != nil {
		return nil, err
	}
	sort.Slice(out, func(i, j int) bool { return out[i].NQuad() < out[j].NQuad() })
	return out, nil
}

// outQuads returns the quads whose subject is iri.
func (r *reader) outQuads(iri string) ([]quad.Quad, error) {
	if q, ok := r.out[iri]; ok {
		return q, nil
	}
	q, err := r.quads(quad.Subject, quad.IRI(iri))
	if err != nil {
		return nil, err
	}
	r.out[iri] = q
	return q, nil
}

// inQuads returns the quads whose object is iri.
func (r *reader) inQuads(iri string) ([]quad.Quad, error) {
	if q, ok := r.in[iri]; ok {
		return q, nil
	}
	q, err := r.quads(quad.Object, quad.IRI(iri))
	if err != nil {
		return nil, err
	}
	r.in[iri] = q
	return q, nil
}

// byPredicate returns the quads with predicate p, grouped by subject.
func (r *reader) byPredicate(p quad.IRI) ([]quad.Quad, error) {
	return r.quads(quad.Predicate, p)
}

// node returns how an answer shows iri.
func (r *reader) node(iri string) (Node, error) {
	if n, ok := r.nodes[iri]; ok {
		return n, nil
	}
	qs, err := r.outQuads(iri)
	if err != nil {
		return Node{}, err
	}
	n := Node{IRI: iri}
	var title, text, headline string
	for _, q := range qs {
		switch q.Predicate {
		case quad.Value(schema.PredName):
			if n.Name == "" {
				n.Name = graph.LiteralText(q.Object)
			}
		case quad.Value(schema.PredType):
			if c, ok := q.Object.(quad.IRI); ok {
				if t, ok := schema.ClassName(c); ok && n.Type == "" {
					n.Type = t
				}
			}
		case quad.Value(schema.PredTitle):
			title = graph.LiteralText(q.Object)
		case quad.Value(schema.PredText):
			text = graph.LiteralText(q.Object)
		case quad.Value(schema.PredHeadline):
			headline = graph.LiteralText(q.Object)
		}
	}
	if n.Name == "" {
		for _, s := range []string{title, text, headline} {
			if s != "" {
				n.Name = s
				break
			}
		}
	}
	r.nodes[iri] = n
	return n, nil
}

// article returns the reference of an article IRI.
func (r *reader) article(iri string) (ArticleRef, error) {
	if a, ok := r.articles[iri]; ok {
		return a, nil
	}
	qs, err := r.outQuads(iri)
	if err != nil {
		return ArticleRef{}, err
	}
	a := ArticleRef{IRI: iri}
	for _, q := range qs {
		switch q.Predicate {
		case quad.Value(schema.PredHeadline):
			a.Headline = graph.LiteralText(q.Object)
		case quad.Value(schema.PredURL):
			a.URL = graph.LiteralText(q.Object)
		case quad.Value(schema.PredPublished):
			if t, ok := q.Object.(quad.Time); ok {
				a.Published = time.Time(t).UTC().Format(time.RFC3339)
			} else {
				a.Published = graph.LiteralText(q.Object)
			}
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

// labelOf returns a quad's label (its article) as an IRI string.
func labelOf(q quad.Quad) string { return iriOf(q.Label) }

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
