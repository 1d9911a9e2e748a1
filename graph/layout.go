package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/schema"
)

// The store's layout. schema.Quads gives every fact of an article labelled
// with the article; stored that way, a fact read in ten thousand articles
// would be ten thousand quads, and every question about a busy entity would
// read them all. So the store keeps:
//
//   - an article's own quads (subject: the article; its type, headline,
//     date, mentions) labelled with the article, as given;
//   - every other fact once, unlabelled, in the default graph, which is the
//     graph every question and Gizmo query walks;
//   - for each fact an article read, <article> <ng:asserts> "<s> <p> <o> ."
//     labelled with the article: the fact's provenance, found from the fact
//     through the object index and from the article through the subject
//     index, so replacing or deleting an article never scans the store;
//   - for each entity name and alias, <entity> <ng:key> "…" quads (see
//     NameKeys), so that names resolve through the object index.
//
// A fact stays while one article asserts it; keys follow the names.

// FactKey is the literal an article asserts for fact q: its N-Quad without
// the label.
func FactKey(q quad.Quad) quad.String {
	var b strings.Builder
	b.WriteString(q.Subject.String())
	b.WriteByte(' ')
	b.WriteString(q.Predicate.String())
	b.WriteByte(' ')
	b.WriteString(q.Object.String())
	b.WriteString(" .")
	return quad.String(b.String())
}

// ParseFactKey reads a fact back from its key.
func ParseFactKey(key string) (quad.Quad, error) {
	q, err := nquads.Parse(key)
	if err != nil {
		return quad.Quad{}, fmt.Errorf("fact key %q: %w", key, err)
	}
	return q, nil
}

// Name keys. A key is one of "=" + the folded name, "^" + a prefix of the
// folded name, "~" + a prefix of one of its words; prefixes are 2 to
// KeyPrefixMax runes long (a longer prefix is looked up by its first
// KeyPrefixMax runes and checked against the names).
const (
	KeyExact     = "="
	KeyPrefix    = "^"
	KeyWord      = "~"
	KeyPrefixMax = 12
)

// NameKeys returns the keys that find an entity by name.
func NameKeys(name string) []string {
	f := schema.Fold(name)
	if f == "" {
		return nil
	}
	seen := map[string]bool{}
	var out []string
	add := func(k string) {
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	add(KeyExact + f)
	prefixes := func(mark, s string) {
		r := []rune(s)
		for n := 2; n <= len(r) && n <= KeyPrefixMax; n++ {
			add(mark + string(r[:n]))
		}
	}
	prefixes(KeyPrefix, f)
	for _, w := range NameWords(f) {
		prefixes(KeyWord, w)
	}
	return out
}

// NameWords splits a folded name into its words (at spaces and hyphens).
func NameWords(folded string) []string {
	return strings.FieldsFunc(folded, func(r rune) bool { return r == ' ' || r == '-' })
}

// LookupKey returns the key that finds names matching text: the exact key,
// or the prefix or word-prefix key cut to KeyPrefixMax runes.
func LookupKey(mark, text string) string {
	f := schema.Fold(text)
	if mark == KeyExact {
		return KeyExact + f
	}
	if r := []rune(f); len(r) > KeyPrefixMax {
		f = string(r[:KeyPrefixMax])
	}
	return mark + f
}

// EachQuad calls f with every quad of qs, in the store's order, and stops
// at f's first error.
func EachQuad(ctx context.Context, qs graph.QuadStore, f func(quad.Quad) error) error {
	it := qs.QuadsAllIterator().Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			return err
		}
		if err := f(q); err != nil {
			return err
		}
	}
	return it.Err()
}

// QuadsWith returns the quads with v in direction d (Subject or Object)
// and, when p is not nil, predicate p, through the store's index on that
// direction and predicate; at most limit quads when limit > 0.
func QuadsWith(ctx context.Context, qs graph.QuadStore, d quad.Direction, v, p quad.Value, limit int) ([]quad.Quad, error) {
	ref, err := qs.ValueOf(v)
	if err != nil || ref == nil {
		return nil, err
	}
	var pref graph.Ref
	if p != nil {
		if pref, err = qs.ValueOf(p); err != nil || pref == nil {
			return nil, err
		}
	}
	return QuadsOf(ctx, qs, d, ref, pref, limit)
}

// QuadsOf is QuadsWith for values already looked up (qs.ValueOf): ref must
// not be nil; pref nil means any predicate.
func QuadsOf(ctx context.Context, qs graph.QuadStore, d quad.Direction, ref, pref graph.Ref, limit int) ([]quad.Quad, error) {
	var p quad.Value
	if pref != nil {
		var err error
		if p, err = qs.NameOf(pref); err != nil {
			return nil, err
		}
	}
	it, exact := scan(qs, d, ref, pref)
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			return nil, fmt.Errorf("read quad: %w", err)
		}
		if !exact && q.Predicate != p {
			continue
		}
		out = append(out, q)
		if limit > 0 && len(out) >= limit {
			break
		}
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("iterate quads: %w", err)
	}
	return out, ctx.Err()
}

// LastQuadsWith returns the last n quads (n > 0) with v in direction d and
// predicate p, in the order the store keeps them (for Cayley's kv stores:
// the order they were first written, so the last are the newest), and how
// many there are in all. Only those n are read in full: the rest are
// counted from the index, so a node with thousands of facts of one kind
// costs little more than one with n.
func LastQuadsWith(ctx context.Context, qs graph.QuadStore, d quad.Direction, v, p quad.Value, n int) ([]quad.Quad, int, error) {
	ref, pref, err := refsOf(qs, v, p)
	if err != nil || ref == nil {
		return nil, 0, err
	}
	it, exact := scan(qs, d, ref, pref)
	defer it.Close()
	ring := make([]graph.Ref, n)
	var quads []quad.Quad // when the predicate must be checked, quads are read anyway
	total := 0
	for it.Next(ctx) {
		if !exact {
			q, err := qs.Quad(it.Result())
			if err != nil {
				return nil, 0, err
			}
			if q.Predicate != p {
				continue
			}
			quads = append(quads, q)
			if len(quads) > n {
				quads = quads[1:]
			}
		} else {
			ring[total%n] = it.Result()
		}
		total++
	}
	if err := it.Err(); err != nil {
		return nil, 0, err
	}
	if err := ctx.Err(); err != nil {
		return nil, 0, err
	}
	if !exact {
		return quads, total, nil
	}
	out := make([]quad.Quad, 0, min(n, total))
	for i := max(0, total-n); i < total; i++ {
		q, err := qs.Quad(ring[i%n])
		if err != nil {
			return nil, 0, err
		}
		out = append(out, q)
	}
	return out, total, nil
}

// refsOf looks up a node and a predicate; both refs are nil when either is
// not in the store (then no quad has them).
func refsOf(qs graph.QuadStore, v, p quad.Value) (ref, pref graph.Ref, err error) {
	if ref, err = qs.ValueOf(v); err != nil || ref == nil {
		return nil, nil, err
	}
	if pref, err = qs.ValueOf(p); err != nil || pref == nil {
		return nil, nil, err
	}
	return ref, pref, nil
}

// scan iterates the quads with ref in direction d and, when pref is not
// nil, predicate pref; exact reports whether the iterator checks the
// predicate itself (else the caller must).
func scan(qs graph.QuadStore, d quad.Direction, ref, pref graph.Ref) (it iterator.Scanner, exact bool) {
	if kqs, ok := qs.(*ckv.QuadStore); ok && pref != nil && (d == quad.Subject || d == quad.Object) {
		// Cayley's kv indexes are subject-predicate and
		// object-predicate-subject: both serve a node and a predicate.
		ind := ckv.QuadIndex{Dirs: []quad.Direction{quad.Subject, quad.Predicate}}
		if d == quad.Object {
			ind = ckv.QuadIndex{Dirs: []quad.Direction{quad.Object, quad.Predicate, quad.Subject}}
		}
		vals := []uint64{uint64(ref.(ckv.Int64Value)), uint64(pref.(ckv.Int64Value))}
		return ckv.IndexScan{Index: ind, Values: vals}.BuildIterator(kqs).Iterate(), true
	}
	if _, ok := qs.(*csql.QuadStore); ok && pref != nil {
		// Cayley's SQL optimiser turns both filters into one SELECT,
		// answered by the quads table's (object, predicate, subject) or
		// (subject, predicate, object) index.
		s := shape.Quads{
			{Dir: d, Values: shape.Fixed{ref}},
			{Dir: quad.Predicate, Values: shape.Fixed{pref}},
		}
		return shape.BuildIterator(context.Background(), qs, s).Iterate(), true
	}
	return qs.QuadIterator(d, ref).Iterate(), pref == nil
}

// FactArticles returns the articles that assert fact q (at most limit when
// limit > 0), in the order they were first stored.
func FactArticles(ctx context.Context, qs graph.QuadStore, q quad.Quad, limit int) ([]quad.IRI, error) {
	q.Label = nil
	quads, err := QuadsWith(ctx, qs, quad.Object, FactKey(q), schema.PredAsserts, limit)
	if err != nil {
		return nil, err
	}
	out := make([]quad.IRI, 0, len(quads))
	for _, a := range quads {
		if iri, ok := a.Subject.(quad.IRI); ok {
			out = append(out, iri)
		}
	}
	return out, nil
}

// ArticleQuads returns the quads of article label as schema.Quads made
// them: its own quads and every fact it asserts, labelled with it.
func ArticleQuads(ctx context.Context, qs graph.QuadStore, label quad.IRI) ([]quad.Quad, error) {
	own, err := QuadsWith(ctx, qs, quad.Subject, label, nil, 0)
	if err != nil {
		return nil, err
	}
	var out []quad.Quad
	for _, q := range own {
		if q.Label != label {
			continue
		}
		if q.Predicate != schema.PredAsserts {
			out = append(out, q)
			continue
		}
		f, err := ParseFactKey(LiteralText(q.Object))
		if err != nil {
			return nil, fmt.Errorf("article %s: %w", label, err)
		}
		f.Label = label
		out = append(out, f)
	}
	return out, nil
}

// Articles returns the IRIs of every article in the store.
func Articles(ctx context.Context, qs graph.QuadStore) ([]quad.IRI, error) {
	as, err := QuadsWith(ctx, qs, quad.Object, schema.ClassArticle, schema.PredType, 0)
	if err != nil {
		return nil, err
	}
	out := make([]quad.IRI, 0, len(as))
	for _, a := range as {
		if iri, ok := a.Subject.(quad.IRI); ok && a.Label == a.Subject {
			out = append(out, iri)
		}
	}
	return out, nil
}

// SortBy sorts quads by key, computing each quad's key once.
func SortBy(quads []quad.Quad, key func(quad.Quad) string) {
	keys := make([]string, len(quads))
	for i, q := range quads {
		keys[i] = key(q)
	}
	sort.Sort(byKey{quads, keys})
}

type byKey struct {
	q    []quad.Quad
	keys []string
}

func (b byKey) Len() int           { return len(b.q) }
func (b byKey) Less(i, j int) bool { return b.keys[i] < b.keys[j] }
func (b byKey) Swap(i, j int) {
	b.q[i], b.q[j] = b.q[j], b.q[i]
	b.keys[i], b.keys[j] = b.keys[j], b.keys[i]
}
