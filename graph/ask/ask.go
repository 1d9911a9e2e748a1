package ask

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// Errors an answer can fail with; NewHandler maps each to its HTTP status.
var (
	ErrInvalid   = errors.New("invalid request")     // A parameter is missing or malformed.
	ErrNotFound  = errors.New("no such entity")      // No entity has the name.
	ErrAmbiguous = errors.New("ambiguous name")      // Several entities have the name.
	ErrNoPath    = errors.New("no connection found") // Both entities exist but nothing links them within the hop limit.
)

// AmbiguousError is returned when a name fits several entities; it lists
// them so the caller can pick one by IRI.
type AmbiguousError struct {
	Name       string
	Candidates []Node
}

func (e *AmbiguousError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%q is ambiguous; it could be:", e.Name)
	for _, c := range e.Candidates {
		fmt.Fprintf(&b, "\n  %s (%s, <%s>)", c.Name, c.Type, c.IRI)
	}
	return b.String()
}

// Is makes errors.Is(err, ErrAmbiguous) true.
func (e *AmbiguousError) Is(target error) bool { return target == ErrAmbiguous }

func invalidf(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalid, fmt.Sprintf(format, args...))
}

// Asker answers questions over one store. Every answer reads the store
// inside store.View, so it sees one consistent state.
type Asker struct {
	store *graph.Store
}

// New returns an Asker over store.
func New(store *graph.Store) *Asker { return &Asker{store: store} }

// view runs fn with a fresh reader inside the store's read lock.
func (a *Asker) view(ctx context.Context, fn func(r *reader) error) error {
	if ctx == nil {
		ctx = context.Background()
	}
	return a.store.View(func(qs cgraph.QuadStore) error { return fn(newReader(ctx, qs)) })
}

// Resolve returns the entity named name: by IRI ("ng:person/x" or
// "<ng:person/x>"), by exact name or alias (compared with schema.Fold), and
// failing that by a unique prefix of a name or a unique word (a surname).
// It fails with ErrNotFound or an *AmbiguousError.
func (a *Asker) Resolve(ctx context.Context, name string) (Node, error) {
	var n Node
	err := a.view(ctx, func(r *reader) error {
		var err error
		n, err = r.resolve(name)
		return err
	})
	return n, err
}

// entityName is one name or alias of an entity.
type entityName struct {
	iri, name string
}

// names returns every name and alias of every entity.
func (r *reader) names() ([]entityName, error) {
	var out []entityName
	for _, p := range []quad.IRI{schema.PredName, schema.PredAlias} {
		qs, err := r.byPredicate(p)
		if err != nil {
			return nil, err
		}
		for _, q := range qs {
			iri := iriOf(q.Subject)
			if iri == "" {
				continue
			}
			n, err := r.node(iri)
			if err != nil {
				return nil, err
			}
			if isEntity(n) {
				out = append(out, entityName{iri: iri, name: graph.LiteralText(q.Object)})
			}
		}
	}
	return out, nil
}

func (r *reader) resolve(name string) (Node, error) {
	key := schema.Fold(name)
	if key == "" {
		return Node{}, invalidf("empty entity name")
	}
	if iri := strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(name), "<"), ">"); strings.HasPrefix(iri, schema.Prefix) {
		n, err := r.node(iri)
		if err != nil {
			return Node{}, err
		}
		if isEntity(n) {
			return n, nil
		}
	}
	all, err := r.names()
	if err != nil {
		return Node{}, err
	}
	exact, prefix, word := set{}, set{}, set{}
	for _, en := range all {
		f := schema.Fold(en.name)
		switch {
		case f == key:
			exact.add(en.iri)
		case strings.HasPrefix(f, key):
			prefix.add(en.iri)
		default:
			for _, w := range strings.FieldsFunc(f, func(r rune) bool { return r == ' ' || r == '-' }) {
				if w == key {
					word.add(en.iri)
				}
			}
		}
	}
	for _, found := range []set{exact, prefix, word} {
		switch len(found) {
		case 0:
			continue
		case 1:
			return r.node(found.sorted()[0])
		}
		amb := &AmbiguousError{Name: name}
		for _, iri := range found.sorted() {
			n, err := r.node(iri)
			if err != nil {
				return Node{}, err
			}
			amb.Candidates = append(amb.Candidates, n)
		}
		return Node{}, amb
	}
	return Node{}, fmt.Errorf("%w: %q", ErrNotFound, name)
}

// SearchHit is one entity a search text could mean.
type SearchHit struct {
	Entity  Node   `json:"entity"`
	Matched string `json:"matched"` // The name or alias that matched.
}

// Search returns the entities with a name or alias that starts with text,
// or with a word that does, compared case- and diacritic-insensitively;
// exact matches first, then by name. limit <= 0 means no limit.
func (a *Asker) Search(ctx context.Context, text string, limit int) ([]SearchHit, error) {
	key := schema.Fold(text)
	if key == "" {
		return nil, invalidf("empty search text")
	}
	hits := []SearchHit{}
	err := a.view(ctx, func(r *reader) error {
		all, err := r.names()
		if err != nil {
			return err
		}
		rank := map[string]int{}
		best := map[string]string{}
		for _, en := range all {
			f := schema.Fold(en.name)
			k := -1
			switch {
			case f == key:
				k = 0
			case strings.HasPrefix(f, key):
				k = 1
			default:
				for _, w := range strings.FieldsFunc(f, func(r rune) bool { return r == ' ' || r == '-' }) {
					if strings.HasPrefix(w, key) {
						k = 2
						break
					}
				}
			}
			if k < 0 {
				continue
			}
			if old, ok := rank[en.iri]; !ok || k < old || (k == old && en.name < best[en.iri]) {
				rank[en.iri], best[en.iri] = k, en.name
			}
		}
		for iri := range rank {
			n, err := r.node(iri)
			if err != nil {
				return err
			}
			hits = append(hits, SearchHit{Entity: n, Matched: best[iri]})
		}
		sort.Slice(hits, func(i, j int) bool {
			a, b := hits[i], hits[j]
			if rank[a.Entity.IRI] != rank[b.Entity.IRI] {
				return rank[a.Entity.IRI] < rank[b.Entity.IRI]
			}
			if a.Entity.Name != b.Entity.Name {
				return a.Entity.Name < b.Entity.Name
			}
			return a.Entity.IRI < b.Entity.IRI
		})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", text, err)
	}
	if limit > 0 && len(hits) > limit {
		hits = hits[:limit]
	}
	return hits, nil
}
