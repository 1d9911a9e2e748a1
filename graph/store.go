package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/rand/v2"
	neturl "net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/memstore"
	csql "github.com/cayleygraph/cayley/graph/sql"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // registers "postgres"
	"github.com/cayleygraph/quad"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	"github.com/lib/pq"
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
	// readOnly refuses writes (OpenReadOnly).
	readOnly bool
	// bolt is the bbolt file under a bolt store, read directly by Newest.
	bolt *bbolt.DB
	// sql is a PostgreSQL store's own connection pool, which writes through
	// pgApplyDeltas (set-based, about 3× Cayley's one statement per row).
	sql *sql.DB
	// gen counts this process's writes (Generation).
	gen atomic.Uint64
	// sqlReads counts the SQL statements the question layer's Reader
	// sent (SQLReads).
	sqlReads atomic.Int64
	// stmts holds the Reader's statements prepared on sql (pgPrepared):
	// prepared once, planned once per connection, not at each use.
	stmtsMu sync.Mutex
	stmts   map[string]*sql.Stmt
	// pgSizes keeps the range sizes Cayley's query languages ask a
	// PostgreSQL store for (queryStore).
	pgSizesMu sync.Mutex
	pgSizes   *sizeCache
}

// SQLReads returns how many SQL statements the Reader (Read) has sent to a
// PostgreSQL store since it was opened: each is one round trip. Benchmarks
// report it per question.
func (s *Store) SQLReads() int64 { return s.sqlReads.Load() }

// Generation names a state of a store (Store.Generation).
type Generation struct {
	Local  uint64 // writes through this Store
	Shared uint64 // on PostgreSQL, newsgraph's writes to the database from any process
}

// Generation names the state of the store for caches that outlive one
// read: it changes with every write through this Store and, on
// PostgreSQL, with every write of any newsgraph process to the database
// (a counter its write transactions increment). ok is false when the state
// cannot be told (a PostgreSQL store made before the counter existed and
// opened read-only): nothing read may then be kept past its read. Call it
// inside View or Read, where no write of this process runs; on PostgreSQL
// it is one round trip.
func (s *Store) Generation(ctx context.Context) (g Generation, ok bool) {
	g.Local = s.gen.Load()
	if s.sql == nil {
		return g, true
	}
	s.sqlReads.Add(1)
	if err := s.sql.QueryRowContext(ctx, `SELECT n FROM ng_generation`).Scan(&g.Shared); err != nil {
		return g, false
	}
	return g, true
}

// Open opens the store named by spec, creating it if needed: "memory" for an
// in-memory store, a postgres:// or postgresql:// URL for PostgreSQL, and
// anything else as the path of a bolt file ("" means DefaultPath).
func Open(spec string) (*Store, error) {
	switch {
	case spec == BackendMemory:
		return &Store{qs: memstore.New(), backend: BackendMemory, addr: spec}, nil
	case strings.HasPrefix(spec, "postgres://"), strings.HasPrefix(spec, "postgresql://"):
		return openPostgres(spec, false)
	default:
		if spec == "" {
			spec = DefaultPath
		}
		return openBolt(spec)
	}
}

// kvOptions turn off Cayley's in-memory bloom filter of quads: it costs
// about 520 MB and a scan of the whole quad log at every open, and the
// store's layout (one quad per fact, see layout.go) keeps the index lookups
// that replace it short.
var kvOptions = graph.Options{ckv.OptNoBloom: true}

// OpenReadOnly opens the existing store named by spec (as Open names it)
// for reading only. A bolt file is opened with a shared lock, so several
// processes (a read-only `serve` and CLI commands) can read it at once; a
// missing file is an error, never a new store.
func OpenReadOnly(spec string) (*Store, error) {
	switch {
	case spec == BackendMemory:
		return Open(spec)
	case strings.HasPrefix(spec, "postgres://"), strings.HasPrefix(spec, "postgresql://"):
		return openPostgres(spec, true)
	}
	if spec == "" {
		spec = DefaultPath
	}
	if _, err := os.Stat(spec); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("no store at %s: run `newsgraph load` first (or pass --db): %w", spec, ErrNoStore)
		}
		return nil, fmt.Errorf("open bolt store %s: %w", spec, err)
	}
	db, err := bbolt.Open(spec, 0o644, &bbolt.Options{Timeout: 2 * time.Second, ReadOnly: true})
	if err != nil {
		if errors.Is(err, bbolt.ErrTimeout) {
			err = fmt.Errorf("%w (is a newsgraph load or a writable serve using it?)", err)
		}
		return nil, fmt.Errorf("open bolt store %s: %w", spec, err)
	}
	kv := hbolt.New(db)
	qs, err := ckv.New(kv, kvOptions)
	if err != nil {
		kv.Close()
		if errors.Is(err, graph.ErrNotInitialized) {
			return nil, fmt.Errorf("open bolt store %s: not a newsgraph store: %w", spec, ErrNoStore)
		}
		return nil, fmt.Errorf("open bolt store %s: %w", spec, err)
	}
	return &Store{qs: qs, backend: BackendBolt, addr: spec, readOnly: true, bolt: db}, nil
}

// ErrNoStore is returned by OpenReadOnly when there is no store to read.
var ErrNoStore = errors.New("no store")

// ErrReadOnly is returned by writes to a store opened with OpenReadOnly.
var ErrReadOnly = errors.New("store opened read-only")

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
	qs, err := ckv.New(kv, kvOptions)
	if err != nil {
		kv.Close()
		return nil, fmt.Errorf("open bolt store %s: %w", path, err)
	}
	reopen := func() (graph.QuadStore, error) { return ckv.New(kv, kvOptions) }
	return &Store{qs: qs, backend: BackendBolt, addr: path, reopen: reopen, bolt: db}, nil
}

// openPostgres opens the PostgreSQL store at url; unless readOnly, it
// creates Cayley's tables when missing and newsgraph's indexes.
func openPostgres(url string, readOnly bool) (*Store, error) {
	db, err := sql.Open("postgres", pgPoolURL(url))
	if err != nil {
		return nil, fmt.Errorf("open postgres store: %w", err)
	}
	if readOnly {
		if err := pgHasStore(db, url); err != nil {
			db.Close()
			return nil, err
		}
	} else if err := initPostgres(url, db); err != nil {
		db.Close()
		return nil, err
	}
	qs, err := graph.NewQuadStore(BackendPostgres, url, nil)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open postgres store: %w", err)
	}
	return &Store{qs: qs, backend: BackendPostgres, addr: url, exclusiveReads: true, readOnly: readOnly, sql: db}, nil
}

// pgHasStore reports ErrNoStore, naming the database (without its
// password), when the database at url has no quads table: nothing was
// ever loaded into it, and Cayley would open it only to fail at the first
// question with "sql: no rows in result set".
func pgHasStore(db *sql.DB, url string) error {
	name := url
	if u, err := neturl.Parse(url); err == nil {
		name = u.Redacted()
	}
	var table sql.NullString
	if err := db.QueryRow(`SELECT to_regclass('quads')::text`).Scan(&table); err != nil {
		return fmt.Errorf("open postgres store %s: %w", name, err)
	}
	if !table.Valid {
		return fmt.Errorf("no store at %s: run `newsgraph load` first (or pass --db): %w", name, ErrNoStore)
	}
	return nil
}

// pgPoolURL is the URL of newsgraph's own connections: with just-in-time
// compilation off (jit=off, a run-time parameter lib/pq passes on), unless
// the URL sets it. The batched reads (pgLookups) are thousands of cheap
// index probes whose planned cost passes jit_above_cost: compiling one of
// 2,000 lookups took 28 ms, running it 11 ms.
func pgPoolURL(raw string) string {
	u, err := neturl.Parse(raw)
	if err != nil {
		return raw // sql.Open reports it
	}
	q := u.Query()
	if q.Has("jit") {
		return raw
	}
	q.Set("jit", "off")
	u.RawQuery = q.Encode()
	return u.String()
}

// pgInitLock is the key of the advisory lock under which a store is
// initialised: several processes opening one new database at once (three
// `load`s, say) would otherwise all create the tables, and all but one
// fail on PostgreSQL's catalogue ("duplicate key value violates unique
// constraint pg_type_typname_nsp_index").
const pgInitLock = 0x6e67_696e_6974 // "nginit"

// initPostgres creates Cayley's tables in a database without them (Cayley's
// Init on an existing store logs "ERROR: Cannot create nodes table") and
// shapes them for newsgraph (pgIndexes), one process at a time
// (pgInitLock). A store already shaped is left alone: CREATE INDEX IF NOT
// EXISTS would wait for the transactions of the loaders writing to it.
func initPostgres(url string, db *sql.DB) error {
	ctx := context.Background()
	// A transaction's lock (its end releases it), held while Cayley
	// creates the tables on a connection of its own.
	lock, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("open postgres store: %w", err)
	}
	defer lock.Rollback()
	if _, err := lock.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, pgInitLock); err != nil {
		return fmt.Errorf("open postgres store: %w", err)
	}
	var quads sql.NullString
	var ready bool
	if err := db.QueryRowContext(ctx, `SELECT to_regclass('quads')::text,
		to_regclass('ng_oph_index') IS NOT NULL AND to_regclass('ng_sph_index') IS NOT NULL
		AND to_regclass('spo_index') IS NULL AND to_regclass('ops_index') IS NULL
		AND to_regclass('osp_index') IS NULL AND to_regclass('pos_index') IS NOT NULL
		AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('quads') AND contype = 'f')
		AND EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass('ng_generation') AND attname = 'quads')`).Scan(&quads, &ready); err != nil {
		return fmt.Errorf("open postgres store: %w", err)
	}
	if !quads.Valid {
		err := graph.InitQuadStore(BackendPostgres, url, nil)
		if err != nil && !errors.Is(err, graph.ErrDatabaseExists) {
			return fmt.Errorf("init postgres store: %w", err)
		}
	}
	if !ready {
		if err := createPGIndexes(ctx, db); err != nil {
			return fmt.Errorf("open postgres store: %w", err)
		}
	}
	if err := pgCountQuads(ctx, db); err != nil {
		return fmt.Errorf("open postgres store: %w", err)
	}
	return nil
}

// Backend names the kind of store: BackendBolt, BackendMemory or BackendPostgres.
func (s *Store) Backend() string { return s.backend }

// Close closes the store.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.sql != nil {
		for _, st := range s.stmts {
			st.Close()
		}
		s.sql.Close()
	}
	return s.qs.Close()
}

// PagesWritten returns how many pages the committed write transactions of
// a bolt store have written since it was opened; 0 on other backends. The
// pages one commit writes are the pages it held in memory (bbolt keeps a
// buffer for every page a transaction dirties until it commits), so a
// loader can size its batches by them.
func (s *Store) PagesWritten() int64 {
	if s.bolt == nil {
		return 0
	}
	st := s.bolt.Stats()
	return st.TxStats.GetWrite()
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
	if s.readOnly {
		return ErrReadOnly
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	defer s.gen.Add(1) // also after a failure: a cache must not outlive a doubt
	qs := s.qs
	if s.sql != nil {
		// Every PostgreSQL write goes through pgApplyDeltas, which counts
		// writes and quads (ng_generation) as Cayley's writer does not.
		qs = pgWriter{QuadStore: s.qs, s: s}
	}
	err := fn(qs)
	if err != nil {
		s.resetAfterFailedWrite()
	}
	return err
}

// pgWriter is a PostgreSQL quad store whose writes go through
// Store.applyDeltas. Its ApplyDeltas takes no options: like IgnoreOpts{},
// adding a stored quad or deleting a missing one fails.
type pgWriter struct {
	graph.QuadStore
	s *Store
}

func (w pgWriter) ApplyDeltas(deltas []graph.Delta, _ graph.IgnoreOpts) error {
	return w.s.applyDeltas(context.Background(), deltas)
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

// Change counts what one write did, in quads as schema.Quads makes them
// (one per fact the article read).
type Change struct {
	Added   int // Quads added.
	Removed int // Quads removed.
	Total   int // Quads the article now has.
}

// ArticleWrite is the complete set of quads of one article, every one
// labelled with Label; no quads deletes the article.
type ArticleWrite struct {
	Label quad.IRI
	Quads []quad.Quad
}

// WriteResult is what WriteArticles did with one article.
type WriteResult struct {
	Change
	Err error
}

// ReplaceArticle makes quads the complete set of quads labelled with label,
// in one transaction: quads the article had and no longer has are removed,
// new ones added, unchanged ones left alone. Every quad must carry label.
func (s *Store) ReplaceArticle(ctx context.Context, label quad.IRI, quads []quad.Quad) (Change, error) {
	res := s.WriteArticles(ctx, []ArticleWrite{{Label: label, Quads: quads}})
	return res[0].Change, res[0].Err
}

// DeleteArticle removes every quad labelled with label and reports how many.
func (s *Store) DeleteArticle(ctx context.Context, label quad.IRI) (int, error) {
	ch, err := s.ReplaceArticle(ctx, label, nil)
	return ch.Removed, err
}

// WriteArticles replaces each article's quads as ReplaceArticle does, many
// articles per transaction: each article is still all or nothing. When a
// transaction fails, its articles are written again one by one, so that
// one bad article fails alone; a crash leaves whole articles only. An
// article named twice is written in order.
func (s *Store) WriteArticles(ctx context.Context, ws []ArticleWrite) []WriteResult {
	res := make([]WriteResult, len(ws))
	var ok []int
	for i, w := range ws {
		if s.readOnly {
			res[i].Err = fmt.Errorf("replace %s: %w", w.Label, ErrReadOnly)
			continue
		}
		if err := validateArticle(w); err != nil {
			res[i].Err = err
			continue
		}
		ok = append(ok, i)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	defer s.gen.Add(1)
	// Split where an article comes back, so each batch sees the one before.
	for len(ok) > 0 {
		n, seen := 0, map[quad.IRI]bool{}
		for n < len(ok) && !seen[ws[ok[n]].Label] {
			seen[ws[ok[n]].Label] = true
			n++
		}
		batch := ok[:n]
		ok = ok[n:]
		s.writeBatch(ctx, ws, batch, res)
	}
	return res
}

// writeBatch writes the articles ws[i] for i in batch in one transaction,
// or, when that fails, one by one. The caller holds the exclusive lock.
func (s *Store) writeBatch(ctx context.Context, ws []ArticleWrite, batch []int, res []WriteResult) {
	part := make([]ArticleWrite, len(batch))
	for j, i := range batch {
		part[j] = ws[i]
	}
	chs, err := s.applyArticles(ctx, part)
	// On PostgreSQL another loader may write the same new facts between
	// this transaction's reads and its commit: try again, reading anew.
	for try := 1; err != nil && s.sql != nil && try <= conflictRetries && isConflict(err) && ctx.Err() == nil; try++ {
		time.Sleep(time.Duration(rand.IntN(10*try)+1) * time.Millisecond)
		chs, err = s.applyArticles(ctx, part)
	}
	if err == nil {
		for j, i := range batch {
			res[i].Change = chs[j]
		}
		return
	}
	s.resetAfterFailedWrite()
	if len(batch) == 1 || ctx.Err() != nil {
		for _, i := range batch {
			res[i].Err = fmt.Errorf("replace %s: %w", ws[i].Label, err)
		}
		return
	}
	for _, i := range batch {
		s.writeBatch(ctx, ws, []int{i}, res)
	}
}

// conflictRetries bounds how often a transaction that collided with
// another writer is tried again.
const conflictRetries = 8

// isConflict reports whether a write failed because the store changed
// under it: a quad it added exists, or one it removed does not; or because
// PostgreSQL chose it to break a deadlock with another writer (two
// transactions inserting the same new quads in different orders) or to
// serialise it.
func isConflict(err error) bool {
	var pe *pq.Error
	if errors.As(err, &pe) && (pe.Code == "40P01" || pe.Code == "40001") {
		return true
	}
	return graph.IsQuadExist(err) || graph.IsQuadNotExist(err)
}

func validateArticle(w ArticleWrite) error {
	for _, q := range w.Quads {
		if q.Label != w.Label {
			return fmt.Errorf("replace %s: quad %s has label %v", w.Label, q.NQuad(), q.Label)
		}
		if !q.IsValid() {
			return fmt.Errorf("replace %s: invalid quad %s", w.Label, q.NQuad())
		}
	}
	return nil
}

// factDelta counts how the articles of one transaction change the
// assertions of one fact.
type factDelta struct {
	fact           quad.Quad // Unlabelled.
	added, removed int
}

// applyArticles builds and applies one transaction that makes each
// article's quads what ws says (see layout.go). The caller holds the
// exclusive lock.
func (s *Store) applyArticles(ctx context.Context, ws []ArticleWrite) ([]Change, error) {
	qs := s.qs
	tx := graph.NewTransaction()
	facts := map[quad.String]*factDelta{}
	delta := func(key quad.String, fact func() (quad.Quad, error)) (*factDelta, error) {
		d := facts[key]
		if d == nil {
			f, err := fact()
			if err != nil {
				return nil, err
			}
			d = &factDelta{fact: f}
			facts[key] = d
		}
		return d, nil
	}
	chs := make([]Change, len(ws))
	articles := 0 // how the transaction changes the number of articles
	// On PostgreSQL, every article's stored quads in one statement.
	var stored map[quad.Value][]quad.Quad
	if s.sql != nil {
		labels := make([]quad.Value, len(ws))
		for i, w := range ws {
			labels[i] = w.Label
		}
		var err error
		if stored, err = newPGReader(s, qs).subjectQuads(ctx, labels); err != nil {
			return nil, fmt.Errorf("read articles: %w", err)
		}
	}
	for i, w := range ws {
		want := make(map[string]quad.Quad, len(w.Quads))
		for _, q := range w.Quads {
			if q.Subject == w.Label {
				want[quadKey(q)] = q
				continue
			}
			f := q
			f.Label = nil
			key := FactKey(f)
			a := quad.Quad{Subject: w.Label, Predicate: schema.PredAsserts, Object: key, Label: w.Label}
			want[quadKey(a)] = a
			if _, err := delta(key, func() (quad.Quad, error) { return f, nil }); err != nil {
				return nil, err
			}
		}
		have, err := stored[w.Label], error(nil)
		if stored == nil {
			have, err = QuadsWith(ctx, qs, quad.Subject, w.Label, nil, 0)
		}
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", w.Label, err)
		}
		haveKeys := make(map[string]bool, len(have))
		for _, q := range have {
			if q.Label != w.Label {
				continue
			}
			k := quadKey(q)
			haveKeys[k] = true
			if _, keep := want[k]; keep {
				continue
			}
			tx.RemoveQuad(q)
			chs[i].Removed++
			if q.Predicate == schema.PredAsserts {
				key := quad.String(LiteralText(q.Object))
				d, err := delta(key, func() (quad.Quad, error) { return ParseFactKey(string(key)) })
				if err != nil {
					return nil, fmt.Errorf("%s: %w", w.Label, err)
				}
				d.removed++
			}
		}
		for k, q := range want {
			if haveKeys[k] {
				continue
			}
			tx.AddQuad(q)
			chs[i].Added++
			if q.Predicate == schema.PredAsserts {
				facts[q.Object.(quad.String)].added++
			}
		}
		chs[i].Total = len(want)
		switch had, has := len(haveKeys) > 0, len(want) > 0; {
		case !had && has:
			articles++
		case had && !has:
			articles--
		}
	}
	if articles != 0 && s.sql == nil {
		if err := s.recount(ctx, tx, articles); err != nil {
			return nil, err
		}
	}
	// A fact is stored while some article asserts it.
	var counted map[quad.String]int
	if s.sql != nil {
		// Other processes may write the same facts: what is read from
		// here on must hold until the commit.
		unlock, err := pgLockFacts(ctx, s.sql, facts)
		defer unlock()
		if err != nil {
			return nil, err
		}
		// One query for the batch: a query per fact is a round trip each.
		limits := make(map[quad.String]int, len(facts))
		for key, d := range facts {
			if d.added != d.removed {
				limits[key] = d.removed + 1
			}
		}
		if counted, err = pgCountAsserts(ctx, s.sql, limits); err != nil {
			return nil, err
		}
	}
	names := map[quad.Value]*nameDelta{}
	for key, d := range facts {
		if d.added == d.removed {
			continue // Asserted before and after (the count cannot reach zero).
		}
		before, err := counted[key], error(nil)
		if counted == nil {
			before, err = countAsserts(ctx, qs, key, d.removed+1)
		}
		if err != nil {
			return nil, err
		}
		after := before - d.removed + d.added
		var add bool
		switch {
		case before == 0 && after > 0:
			tx.AddQuad(d.fact)
			add = true
		case before > 0 && after <= 0:
			tx.RemoveQuad(d.fact)
		default:
			continue
		}
		if d.fact.Predicate == schema.PredName || d.fact.Predicate == schema.PredAlias {
			nd := names[d.fact.Subject]
			if nd == nil {
				nd = &nameDelta{added: map[string]bool{}, removed: map[string]bool{}}
				names[d.fact.Subject] = nd
			}
			if n := LiteralText(d.fact.Object); add {
				nd.added[n] = true
			} else {
				nd.removed[n] = true
			}
		}
	}
	if err := s.rekey(ctx, tx, names); err != nil {
		return nil, err
	}
	if len(tx.Deltas) == 0 {
		return chs, nil
	}
	if testHookBeforeWrite != nil {
		testHookBeforeWrite()
	}
	if err := s.applyDeltas(ctx, tx.Deltas); err != nil {
		return nil, err
	}
	return chs, nil
}

// testHookBeforeWrite, when set by a test, runs after a write of articles
// has read what it needs and before it applies its transaction.
var testHookBeforeWrite func()

// applyDeltas applies one transaction: through pgApplyDeltas on
// PostgreSQL (then an empty Cayley transaction, which resets the counts
// Cayley caches), else through Cayley. The caller holds the exclusive lock.
func (s *Store) applyDeltas(ctx context.Context, deltas []graph.Delta) error {
	if s.sql == nil {
		return s.qs.ApplyDeltas(deltas, graph.IgnoreOpts{})
	}
	if err := pgApplyDeltas(ctx, s.sql, deltas); err != nil {
		return err
	}
	return s.qs.ApplyDeltas(nil, graph.IgnoreOpts{})
}

// recount adds to tx the change of the store's article count by delta: the
// count is one quad, <ng:store> <ng:articleCount> N, kept in the same
// transaction as the articles, so Summary reads it instead of counting. A
// store written before the count existed is counted once, here. PostgreSQL
// keeps none: its several loaders would all rewrite the one quad, and it
// counts from its index; bolt and memory stores have one writer.
func (s *Store) recount(ctx context.Context, tx *graph.Transaction, delta int) error {
	old, err := s.countQuads(ctx, s.qs)
	if err != nil {
		return err
	}
	var n int64
	if len(old) == 0 {
		if n, err = s.countLive(ctx, s.qs, quad.Object, schema.ClassArticle, schema.PredType); err != nil {
			return err
		}
	}
	for _, q := range old {
		if v, ok := q.Object.(quad.Int); ok {
			n = int64(v)
		}
		tx.RemoveQuad(q)
	}
	if n += int64(delta); n > 0 { // An empty store keeps no count.
		tx.AddQuad(quad.Quad{Subject: schema.StoreIRI, Predicate: schema.PredArticleCount, Object: quad.Int(n)})
	}
	return nil
}

// articleCount reads the count recount keeps, or counts when there is none;
// PostgreSQL counts with one SELECT on its (object, predicate) index.
func (s *Store) articleCount(ctx context.Context, qs graph.QuadStore) (int64, error) {
	if s.sql != nil {
		n, err := pgCount(ctx, s.sql, quad.Object, schema.ClassArticle, schema.PredType)
		return int64(n), err
	}
	cnt, err := s.countQuads(ctx, qs)
	if err != nil {
		return 0, err
	}
	if len(cnt) == 1 {
		if v, ok := cnt[0].Object.(quad.Int); ok {
			return int64(v), nil
		}
	}
	return s.countLive(ctx, qs, quad.Object, schema.ClassArticle, schema.PredType)
}

// countQuads returns the live article count quad (none before the first
// write; on PostgreSQL none ever, see recount). Each write replaces the
// quad, and Cayley's kv index keeps the ID of every quad it ever held under a
// subject and predicate, deleted or not: read from the start, the count
// costs one log read per write the store has seen (about 3,300 after a
// 100k-article load, and on for every later write). On bolt it is read
// from the index's end (Newest), so it costs one read however many
// writes came before.
func (s *Store) countQuads(ctx context.Context, qs graph.QuadStore) ([]quad.Quad, error) {
	if s.bolt != nil {
		// The newest only: asking for more would read back through
		// every deleted count to the start, looking for a second.
		cnt, _, err := s.Newest(ctx, qs, quad.Subject, schema.StoreIRI, schema.PredArticleCount, 1)
		return cnt, err
	}
	return QuadsWith(ctx, qs, quad.Subject, schema.StoreIRI, schema.PredArticleCount, 0)
}

// nameDelta is how one transaction changes the stored names of a node.
type nameDelta struct {
	added, removed map[string]bool
}

// rekey adds to tx the key quads that make each subject's keys follow its
// names after the transaction. On PostgreSQL the names and keys of all the
// subjects are read in one statement.
func (s *Store) rekey(ctx context.Context, tx *graph.Transaction, names map[quad.Value]*nameDelta) error {
	if len(names) == 0 {
		return nil
	}
	preds := []quad.IRI{schema.PredName, schema.PredAlias, schema.PredKey}
	read := func(subject quad.Value, p quad.IRI) ([]quad.Quad, error) {
		return QuadsWith(ctx, s.qs, quad.Subject, subject, p, 0)
	}
	if s.sql != nil {
		var ls []Lookup
		for subject := range names {
			for _, p := range preds {
				ls = append(ls, Lookup{D: quad.Subject, V: subject, P: p})
			}
		}
		found, err := newPGReader(s, s.qs).Lookups(ctx, ls)
		if err != nil {
			return err
		}
		got := make(map[Lookup][]quad.Quad, len(ls))
		for i, l := range ls {
			got[l] = found[i].Quads
		}
		read = func(subject quad.Value, p quad.IRI) ([]quad.Quad, error) {
			return got[Lookup{D: quad.Subject, V: subject, P: p}], nil
		}
	}
	for subject, nd := range names {
		if err := rekeyOne(tx, subject, nd, read); err != nil {
			return err
		}
	}
	return nil
}

// rekeyOne adds to tx the key quads that make subject's keys follow its
// names, read with read.
func rekeyOne(tx *graph.Transaction, subject quad.Value, nd *nameDelta, read func(quad.Value, quad.IRI) ([]quad.Quad, error)) error {
	names := map[string]bool{}
	for _, p := range []quad.IRI{schema.PredName, schema.PredAlias} {
		qs, err := read(subject, p)
		if err != nil {
			return err
		}
		for _, q := range qs {
			names[LiteralText(q.Object)] = true
		}
	}
	for n := range nd.removed {
		delete(names, n)
	}
	for n := range nd.added {
		names[n] = true
	}
	want := map[string]bool{}
	for n := range names {
		for _, k := range NameKeys(n) {
			want[k] = true
		}
	}
	have, err := read(subject, schema.PredKey)
	if err != nil {
		return err
	}
	for _, q := range have {
		k := LiteralText(q.Object)
		if want[k] {
			delete(want, k)
			continue
		}
		tx.RemoveQuad(q)
	}
	for k := range want {
		tx.AddQuad(quad.Quad{Subject: subject, Predicate: schema.PredKey, Object: quad.String(k)})
	}
	return nil
}

// countAsserts counts the articles that assert the fact with key, stopping
// at limit.
func countAsserts(ctx context.Context, qs graph.QuadStore, key quad.String, limit int) (int, error) {
	as, err := QuadsWith(ctx, qs, quad.Object, key, schema.PredAsserts, limit)
	return len(as), err
}

// quadKey identifies a quad in a diff; cheaper than NQuad.
func quadKey(q quad.Quad) string {
	var b strings.Builder
	for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
		if v != nil {
			b.WriteString(v.String())
		}
		b.WriteByte(0)
	}
	return b.String()
}

// Stats summarises the store. Quads counts what is stored (see layout.go:
// each fact once, each article's assertions, name keys), not the quads
// articles wrote.
type Stats struct {
	Backend  string `json:"backend"`
	Quads    int64  `json:"quads"`
	Nodes    int64  `json:"nodes,omitempty"` // Counted only by Stats, not Summary.
	Articles int64  `json:"articles"`
}

// Summary counts quads and articles through the store's metadata and
// indexes, without a scan: its cost follows the number of articles.
func (s *Store) Summary(ctx context.Context) (Stats, error) {
	st := Stats{Backend: s.backend}
	err := s.View(func(qs graph.QuadStore) error {
		resetCounts(qs)
		var quads sql.NullInt64
		if s.sql != nil {
			// The count newsgraph's writes keep; Cayley's is PostgreSQL's
			// estimate. NULL (or no column) is a store made before it.
			if err := s.sql.QueryRowContext(ctx, `SELECT quads FROM ng_generation`).Scan(&quads); err != nil {
				quads.Valid = false
			}
		}
		st.Quads = quads.Int64
		if !quads.Valid {
			gs, err := qs.Stats(ctx, false)
			if errors.Is(err, ckv.ErrNoBucket) {
				return nil // A bolt store nothing was ever written to.
			}
			if err != nil {
				return err
			}
			st.Quads = gs.Quads.Value
		}
		var err error
		st.Articles, err = s.articleCount(ctx, qs)
		return err
	})
	if err != nil {
		return Stats{}, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}

// Stats counts quads, nodes and articles exactly; counting nodes reads
// every node.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	st, err := s.Summary(ctx)
	if err != nil {
		return Stats{}, err
	}
	err = s.View(func(qs graph.QuadStore) error {
		resetCounts(qs)
		gs, err := qs.Stats(ctx, true)
		if errors.Is(err, ckv.ErrNoBucket) {
			return nil // A bolt store nothing was ever written to.
		}
		if err != nil {
			return err
		}
		st.Quads, st.Nodes = gs.Quads.Value, gs.Nodes.Value
		return nil
	})
	if err != nil {
		return Stats{}, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}

// resetCounts drops the quad and node counts Cayley's SQL backend caches,
// which another process's writes (or pgApplyDeltas) leave stale: an empty
// transaction resets them. Other backends keep no such cache.
func resetCounts(qs graph.QuadStore) {
	if _, ok := qs.(*csql.QuadStore); ok {
		_ = qs.ApplyDeltas(nil, graph.IgnoreOpts{})
	}
}
