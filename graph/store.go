package graph

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // registers "postgres"
	"github.com/cayleygraph/quad"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	"go.etcd.io/bbolt"

	"github.com/newsgraph/newsgraph/schema"
)

// Backend names reported by Store.Backend.
const (
	BackendBolt     = "bbolt"
	BackendMemory   = "memory"
	BackendPostgres = "postgres"
)

// DefaultPath is the bolt file used when no store is named.
const DefaultPath = "newsgraph.db"

// boltMmapSize is the initial mmap of a bolt file. bbolt remaps when the
// file outgrows it, and a remap waits for every open read transaction.
const boltMmapSize = 1 << 30

// Store is an opened Cayley quad store. All methods are safe for concurrent
// use: writes take an exclusive lock, reads through View a shared one.
type Store struct {
	mu      sync.RWMutex
	qs      graph.QuadStore
	backend string
	addr    string
	// exclusiveReads makes View take the exclusive lock: Cayley's SQL
	// backend shares one query optimizer (with an unguarded table-alias
	// counter) between all queries, so concurrent readers race under -race
	// and can mint the same alias twice in one query.
	exclusiveReads bool
	// reopen, when set, rebuilds the quad store over the same database. A
	// failed bolt transaction rolls back on disk but not in Cayley's
	// in-memory node-ID cache, which would then hand the rolled-back IDs to
	// other values; after a failed write the store is rebuilt from disk.
	reopen func() (graph.QuadStore, error)
}

// Open opens the store named by spec, creating it if needed: "memory" for an
// in-memory store, a postgres:// or postgresql:// URL for PostgreSQL, and
// anything else as the path of a bolt file ("" means DefaultPath).
func Open(spec string) (*Store, error) {
	switch {
	case spec == BackendMemory:
		return &Store{qs: memstore.New(), backend: BackendMemory, addr: spec}, nil
	case strings.HasPrefix(spec, "postgres://"), strings.HasPrefix(spec, "postgresql://"):
		return openPostgres(spec)
	default:
		if spec == "" {
			spec = DefaultPath
		}
		return openBolt(spec)
	}
}

func openBolt(path string) (*Store, error) {
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("open bolt store %s: %w", path, err)
		}
	}
	db, err := bbolt.Open(path, 0o644, &bbolt.Options{
		Timeout:         2 * time.Second,
		InitialMmapSize: boltMmapSize,
	})
	if err != nil {
		if errors.Is(err, bbolt.ErrTimeout) {
			err = fmt.Errorf("%w (is another newsgraph using it?)", err)
		}
		return nil, fmt.Errorf("open bolt store %s: %w", path, err)
	}
	kv := hbolt.New(db)
	if err := ckv.Init(kv, nil); err != nil && !errors.Is(err, graph.ErrDatabaseExists) {
		kv.Close()
		return nil, fmt.Errorf("init bolt store %s: %w", path, err)
	}
	qs, err := ckv.New(kv, nil)
	if err != nil {
		kv.Close()
		return nil, fmt.Errorf("open bolt store %s: %w", path, err)
	}
	reopen := func() (graph.QuadStore, error) { return ckv.New(kv, nil) }
	return &Store{qs: qs, backend: BackendBolt, addr: path, reopen: reopen}, nil
}

func openPostgres(url string) (*Store, error) {
	err := graph.InitQuadStore(BackendPostgres, url, nil)
	if err != nil && !errors.Is(err, graph.ErrDatabaseExists) {
		return nil, fmt.Errorf("init postgres store: %w", err)
	}
	qs, err := graph.NewQuadStore(BackendPostgres, url, nil)
	if err != nil {
		return nil, fmt.Errorf("open postgres store: %w", err)
	}
	return &Store{qs: qs, backend: BackendPostgres, addr: url, exclusiveReads: true}, nil
}

// Backend names the kind of store: BackendBolt, BackendMemory or BackendPostgres.
func (s *Store) Backend() string { return s.backend }

// Close closes the store.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.qs.Close()
}

// View runs fn with the quad store under a shared lock (exclusive on
// PostgreSQL, whose Cayley backend is not safe for concurrent queries); fn
// must not keep iterators or the store beyond its return.
func (s *Store) View(fn func(qs graph.QuadStore) error) error {
	if s.exclusiveReads {
		s.mu.Lock()
		defer s.mu.Unlock()
		return fn(s.qs)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	return fn(s.qs)
}

// Update runs fn with the quad store under the exclusive lock.
// A failed fn discards the store's in-memory caches (see reopen).
func (s *Store) Update(fn func(qs graph.QuadStore) error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	err := fn(s.qs)
	if err != nil {
		s.resetAfterFailedWrite()
	}
	return err
}

// resetAfterFailedWrite rebuilds the quad store over its database so no
// cache keeps state from a rolled-back transaction. The caller holds the
// exclusive lock. If the rebuild fails the old store stays; it is no worse
// than before.
func (s *Store) resetAfterFailedWrite() {
	if s.reopen == nil {
		return
	}
	if qs, err := s.reopen(); err == nil {
		s.qs = qs
	}
}

// Change counts what one write did.
type Change struct {
	Added   int // Quads added.
	Removed int // Quads removed.
	Total   int // Quads the article now has.
}

// ReplaceArticle makes quads the complete set of quads labelled with label,
// in one transaction: quads the article had and no longer has are removed,
// new ones added, unchanged ones left alone (re-adding them would inflate
// node reference counts on bolt and PostgreSQL). Every quad must carry label.
func (s *Store) ReplaceArticle(ctx context.Context, label quad.IRI, quads []quad.Quad) (Change, error) {
	want := make(map[string]quad.Quad, len(quads))
	for _, q := range quads {
		if q.Label != label {
			return Change{}, fmt.Errorf("replace %s: quad %s has label %v", label, q.NQuad(), q.Label)
		}
		if !q.IsValid() {
			return Change{}, fmt.Errorf("replace %s: invalid quad %s", label, q.NQuad())
		}
		want[q.NQuad()] = q
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	have, err := s.articleQuads(ctx, label)
	if err != nil {
		return Change{}, fmt.Errorf("replace %s: %w", label, err)
	}
	tx := graph.NewTransaction()
	var ch Change
	for k, q := range have {
		if _, keep := want[k]; !keep {
			tx.RemoveQuad(q)
			ch.Removed++
		}
	}
	for k, q := range want {
		if _, had := have[k]; !had {
			tx.AddQuad(q)
			ch.Added++
		}
	}
	ch.Total = len(want)
	if len(tx.Deltas) == 0 {
		return ch, nil
	}
	if err := s.qs.ApplyDeltas(tx.Deltas, graph.IgnoreOpts{}); err != nil {
		s.resetAfterFailedWrite()
		return Change{}, fmt.Errorf("replace %s: %w", label, err)
	}
	return ch, nil
}

// DeleteArticle removes every quad labelled with label and reports how many.
func (s *Store) DeleteArticle(ctx context.Context, label quad.IRI) (int, error) {
	ch, err := s.ReplaceArticle(ctx, label, nil)
	return ch.Removed, err
}

// articleQuads returns the quads labelled with label, keyed by N-Quad text.
// The caller holds the lock.
func (s *Store) articleQuads(ctx context.Context, label quad.IRI) (map[string]quad.Quad, error) {
	out := map[string]quad.Quad{}
	ref, err := s.qs.ValueOf(label)
	if err != nil || ref == nil {
		return out, err
	}
	it := s.qs.QuadIterator(quad.Label, ref).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return nil, err
		}
		out[q.NQuad()] = q
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	// A cancelled iteration ends early without an error; a partial set
	// would turn the diff into re-adds.
	return out, ctx.Err()
}

// Stats summarises the store.
type Stats struct {
	Backend  string `json:"backend"`
	Quads    int64  `json:"quads"`
	Nodes    int64  `json:"nodes"`
	Articles int64  `json:"articles"`
}

// Stats counts quads, nodes and articles exactly.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	st := Stats{Backend: s.backend}
	err := s.View(func(qs graph.QuadStore) error {
		gs, err := qs.Stats(ctx, true)
		if err != nil {
			return err
		}
		st.Quads, st.Nodes = gs.Quads.Value, gs.Nodes.Value
		typ, err := qs.ValueOf(schema.PredType)
		if err != nil || typ == nil {
			return err
		}
		class, err := qs.ValueOf(schema.ClassArticle)
		if err != nil || class == nil {
			return err
		}
		it := qs.QuadIterator(quad.Object, class).Iterate()
		defer it.Close()
		seen := map[string]bool{}
		for it.Next(ctx) {
			q, err := qs.Quad(it.Result())
			if err != nil {
				return err
			}
			if q.Predicate == quad.Value(schema.PredType) {
				seen[q.Subject.String()] = true
			}
		}
		st.Articles = int64(len(seen))
		return it.Err()
	})
	if err != nil {
		return Stats{}, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}
