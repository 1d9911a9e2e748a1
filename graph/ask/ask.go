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
	// lazy turns reading ahead off (tests compare both ways).
	lazy bool
	// neighbours keeps path searches' neighbour lists between questions.
	neighbours *neighbourCache
}

// lazyReader hides a graph.Batcher's batches, so nothing is read ahead.
type lazyReader struct{ graph.Reader }

// New returns an Asker over store.
func New(store *graph.Store) *Asker {
	return &Asker{store: store, neighbours: newNeighbourCache(DefaultNeighbourCacheLinks)}
}

// view runs fn with a fresh reader inside the store's read lock.
func (a *Asker) view(ctx context.Context, fn func(r *reader) error) error {
	if ctx == nil {
		ctx = context.Background()
	}
	return a.store.Read(ctx, func(_ cgraph.QuadStore, rd graph.Reader) error {
		if a.lazy {
			rd = lazyReader{rd}
		}
		r := newReader(ctx, rd)
		r.graph, r.shared = a.store, a.neighbours
		return fn(r)
	})
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

// Match ranks, best first: an exact name or alias, a prefix of one, a
// prefix (Search) or the whole (Resolve) of one of its words.
const (
	rankExact = iota
	rankPrefix
	rankWord
)

// rankKeys are the name-key marks (graph.NameKeys) each rank looks up.
var rankKeys = [...]string{rankExact: graph.KeyExact, rankPrefix: graph.KeyPrefix, rankWord: graph.KeyWord}

// maxCandidates bounds the entities one name key is read for: a short
// prefix ("ma") can fit thousands.
const maxCandidates = 500

// candidates returns the entities a name key finds for key (a folded name)
// at rank (at most limit read), checked against their names: the key index is cut at
// graph.KeyPrefixMax runes, and words must match whole for Resolve.
func (r *reader) candidates(key string, rank int, wholeWord bool, limit int) ([]string, error) {
	keyed, err := r.rd.QuadsWith(r.ctx, quad.Object, quad.String(graph.LookupKey(rankKeys[rank], key)), schema.PredKey, limit)
	if err != nil {
		return nil, err
	}
	iris := make([]string, 0, len(keyed))
	for _, q := range keyed {
		if iri := iriOf(q.Subject); iri != "" {
			iris = append(iris, iri)
		}
	}
	cut := len([]rune(key)) > graph.KeyPrefixMax
	// Which candidates need their names read to check the match.
	check := !(rank == rankExact || (rank == rankPrefix && !cut) || (rank == rankWord && !cut && !wholeWord))
	err = r.ahead(func(p *plan) {
		for _, iri := range iris {
			p.node(iri)
			if check {
				p.names(iri)
			}
		}
	})
	if err != nil {
		return nil, err
	}
	var out []string
	for _, iri := range iris {
		n, err := r.node(iri)
		if err != nil {
			return nil, err
		}
		if !isEntity(n) {
			continue
		}
		if !check {
			out = append(out, n.IRI)
			continue
		}
		if _, ok, err := r.matched(n.IRI, key, rank, wholeWord); err != nil {
			return nil, err
		} else if ok {
			out = append(out, n.IRI)
		}
	}
	sort.Strings(out)
	return out, nil
}

// matched returns the first (by order) name or alias of iri that matches
// key at rank.
func (r *reader) matched(iri, key string, rank int, wholeWord bool) (string, bool, error) {
	names, err := r.names(iri)
	if err != nil {
		return "", false, err
	}
	sort.Strings(names)
	for _, name := range names {
		f := schema.Fold(name)
		switch rank {
		case rankExact:
			if f == key {
				return name, true, nil
			}
		case rankPrefix:
			if strings.HasPrefix(f, key) {
				return name, true, nil
			}
		case rankWord:
			for _, w := range graph.NameWords(f) {
				if w == key || (!wholeWord && strings.HasPrefix(w, key)) {
					return name, true, nil
				}
			}
		}
	}
	return "", false, nil
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
	for _, rank := range []int{rankExact, rankPrefix, rankWord} {
		found, err := r.candidates(key, rank, true, maxCandidates)
		if err != nil {
			return Node{}, err
		}
		switch len(found) {
		case 0:
			continue
		case 1:
			return r.node(found[0])
		}
		amb := &AmbiguousError{Name: name}
		for _, iri := range found {
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
// exact matches first, then by name. limit <= 0 means no limit. Names are
// found through the store's name keys: a prefix shorter than two letters
// finds only exact names, and of a prefix that fits many entities, at
// most max(4×limit, 40) (500 without a limit) are read and ranked.
func (a *Asker) Search(ctx context.Context, text string, limit int) ([]SearchHit, error) {
	key := schema.Fold(text)
	if key == "" {
		return nil, invalidf("empty search text")
	}
	hits := []SearchHit{}
	// Read a few more candidates than asked for, so that the best by name
	// are among them, but not every entity a short prefix fits.
	cap := maxCandidates
	if limit > 0 {
		cap = min(maxCandidates, max(4*limit, 40))
	}
	err := a.view(ctx, func(r *reader) error {
		rank := map[string]int{}
		var order []string
		for _, k := range []int{rankExact, rankPrefix, rankWord} {
			if limit > 0 && len(order) >= limit {
				break // Better ranks already fill the answer.
			}
			found, err := r.candidates(key, k, false, cap)
			if err != nil {
				return err
			}
			for _, iri := range found {
				if _, ok := rank[iri]; !ok {
					rank[iri] = k
					order = append(order, iri)
				}
			}
		}
		for _, iri := range order {
			n, err := r.node(iri)
			if err != nil {
				return err
			}
			hits = append(hits, SearchHit{Entity: n})
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
		if limit > 0 && len(hits) > limit {
			hits = hits[:limit]
		}
		err := r.ahead(func(p *plan) {
			for _, h := range hits {
				p.names(h.Entity.IRI)
			}
		})
		if err != nil {
			return err
		}
		for i := range hits {
			m, _, err := r.matched(hits[i].Entity.IRI, key, rank[hits[i].Entity.IRI], false)
			if err != nil {
				return err
			}
			hits[i].Matched = m
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", text, err)
	}
	return hits, nil
}
