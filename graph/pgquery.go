package graph

import (
	"context"
	"fmt"
	"sync"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
)

// sizeCap bounds the count behind a PostgreSQL iterator's size estimate:
// an index range is counted up to sizeCap entries, so an estimate costs the
// same on a hub as on a leaf.
const sizeCap = 1000

// pgQueryStore is a PostgreSQL store as Cayley's query languages (Gizmo,
// GraphQL, MQL) see it. Cayley's SQL backend plans a path into SQL and
// sizes every step with an exact SELECT COUNT(*): a Gizmo step over 27
// predicates counted every quad of each (54 counts, half the time of the
// neighbourhood recipe at 10,000 articles, growing with the store). The
// wrapper hides the backend's optimizer (OptimizeShape is not promoted), so
// Cayley runs a path with its generic iterators, lazily, one index range
// at a time, as on bolt; sizes are counted up to sizeCap; and a range's
// membership test reads the quad's own hashes instead of asking the server.
type pgQueryStore struct {
	graph.QuadStore // Cayley's SQL store
	store           *Store
	sizes           *sizeCache
}

// sizeCache keeps the capped sizes of predicate and label ranges (the
// same few dozen in every query) for one state of the store.
type sizeCache struct {
	mu  sync.Mutex
	gen Generation
	n   map[sizeKey]refs.Size
}

type sizeKey struct {
	dir  quad.Direction
	hash refs.ValueHash
}

// QuadIterator returns the quads whose d is v.
func (s pgQueryStore) QuadIterator(d quad.Direction, v graph.Ref) iterator.Shape {
	h, ok := v.(csql.NodeHash)
	if !ok {
		return s.QuadStore.QuadIterator(d, v)
	}
	return &pgRange{Shape: s.QuadStore.QuadIterator(d, v), store: s, dir: d, node: h}
}

// QuadIteratorSize estimates how many quads have v as their d.
func (s pgQueryStore) QuadIteratorSize(ctx context.Context, d quad.Direction, v graph.Ref) (refs.Size, error) {
	h, ok := v.(csql.NodeHash)
	if !ok {
		return refs.Size{Value: 0, Exact: true}, nil
	}
	return s.rangeSize(ctx, d, h)
}

// rangeSize counts the quads whose d is h, up to sizeCap. Predicate and
// label ranges are kept for the store's generation (Store.Generation is
// read by the View that made s).
func (s pgQueryStore) rangeSize(ctx context.Context, d quad.Direction, h csql.NodeHash) (refs.Size, error) {
	keep := d == quad.Predicate || d == quad.Label
	key := sizeKey{d, h.ValueHash}
	if keep {
		s.sizes.mu.Lock()
		sz, ok := s.sizes.n[key]
		s.sizes.mu.Unlock()
		if ok {
			return sz, nil
		}
	}
	col := map[quad.Direction]string{quad.Subject: "subject_hash", quad.Predicate: "predicate_hash",
		quad.Object: "object_hash", quad.Label: "label_hash"}[d]
	var n int64
	q := fmt.Sprintf(`SELECT count(*) FROM (SELECT 1 FROM quads WHERE %s = $1 LIMIT %d) AS r`, col, sizeCap)
	s.store.sqlReads.Add(1)
	if err := s.store.sql.QueryRowContext(ctx, q, h.SQLValue()).Scan(&n); err != nil {
		return refs.Size{}, fmt.Errorf("size of %s range: %w", d, err)
	}
	sz := refs.Size{Value: n, Exact: n < sizeCap}
	if n >= sizeCap && d == quad.Predicate {
		// A predicate that fills the cap is taken as far larger than any
		// node's range, so that a step from a hub node reads the node's
		// range and tests the predicate, not the reverse.
		sz.Value = sizeCap * sizeCap
	}
	if keep {
		s.sizes.mu.Lock()
		s.sizes.n[key] = sz
		s.sizes.mu.Unlock()
	}
	return sz, nil
}

// queryStore returns the store Cayley's query languages run on: the quad
// store itself, or on PostgreSQL the wrapper above, its size cache
// emptied when the store has changed since it was filled.
func (s *Store) queryStore(ctx context.Context) graph.QuadStore {
	if s.sql == nil {
		return s.qs
	}
	s.pgSizesMu.Lock()
	defer s.pgSizesMu.Unlock()
	gen, ok := s.Generation(ctx)
	if s.pgSizes == nil || !ok || gen != s.pgSizes.gen {
		s.pgSizes = &sizeCache{gen: gen, n: make(map[sizeKey]refs.Size)}
	}
	return pgQueryStore{QuadStore: s.qs, store: s, sizes: s.pgSizes}
}

// ViewQuery is View for Cayley's query languages: fn gets the quad store
// a Gizmo, GraphQL or MQL session should run on (see pgQueryStore).
func (s *Store) ViewQuery(ctx context.Context, fn func(qs graph.QuadStore) error) error {
	return s.View(func(graph.QuadStore) error { return fn(s.queryStore(ctx)) })
}

// pgRange is the quads of one index range (d is node), sized by a capped
// count, tested for membership without a round trip, and read in pages
// (pgPages) where an index orders the range.
type pgRange struct {
	iterator.Shape // Cayley's SQL iterator, which reads the range
	store          pgQueryStore
	dir            quad.Direction
	node           csql.NodeHash
}

func (r *pgRange) Stats(ctx context.Context) (iterator.Costs, error) {
	sz, err := r.store.rangeSize(ctx, r.dir, r.node)
	return iterator.Costs{NextCost: 1, ContainsCost: 1, Size: sz}, err
}

func (r *pgRange) Iterate() iterator.Scanner {
	col, order := pagedRanges[r.dir].col, pagedRanges[r.dir].order
	if col == "" {
		return r.Shape.Iterate() // no index orders it: Cayley's one SELECT
	}
	return &pgPages{store: r.store.store, node: r.node, size: firstPage,
		first: fmt.Sprintf(`SELECT subject_hash, predicate_hash, object_hash, label_hash, horizon FROM quads WHERE %s = $1 ORDER BY %s LIMIT $2`, col, order),
		next:  fmt.Sprintf(`SELECT subject_hash, predicate_hash, object_hash, label_hash, horizon FROM quads WHERE %s = $1 AND (%s) > ($3, $4) ORDER BY %s LIMIT $2`, col, order, order)}
}

func (r *pgRange) Optimize(ctx context.Context) (iterator.Shape, bool) { return r, false }

func (r *pgRange) SubIterators() []iterator.Shape { return nil }

func (r *pgRange) Lookup() iterator.Index { return &pgRangeContains{dir: r.dir, node: r.node} }

func (r *pgRange) String() string { return fmt.Sprintf("PGRange(%s)", r.dir) }

// pgRangeContains tests a quad for the range's node in its direction: a
// quad read from PostgreSQL carries the hashes of its four nodes.
type pgRangeContains struct {
	dir    quad.Direction
	node   csql.NodeHash
	result refs.Ref
}

func (c *pgRangeContains) Contains(ctx context.Context, v refs.Ref) bool {
	c.result = nil
	q, ok := v.(csql.QuadHashes)
	if !ok || q.Get(c.dir) != c.node.ValueHash {
		return false
	}
	c.result = v
	return true
}

func (c *pgRangeContains) String() string                    { return fmt.Sprintf("PGRangeContains(%s)", c.dir) }
func (c *pgRangeContains) TagResults(map[string]refs.Ref)    {}
func (c *pgRangeContains) Result() refs.Ref                  { return c.result }
func (c *pgRangeContains) NextPath(ctx context.Context) bool { return false }
func (c *pgRangeContains) Err() error                        { return nil }
func (c *pgRangeContains) Close() error                      { return nil }

// pagedRanges are the directions whose ranges an index of newsgraph's
// orders (ng_sph_index, ng_oph_index): such a range is read a page at a
// time, so a step that needs a few of a hub's quads reads a few pages, not
// the hub. (A range through Cayley's SELECT is planned as a bitmap scan of
// all its quads before the first is returned: 55 ms for the 42,735 quads
// pointing at the most quoted person of a 100,000-article store.)
var pagedRanges = map[quad.Direction]struct{ col, order string }{
	quad.Subject: {"subject_hash", "predicate_hash, horizon"},
	quad.Object:  {"object_hash", "predicate_hash, horizon"},
}

// Pages grow from firstPage to lastPage quads, doubling.
const (
	firstPage = 64
	lastPage  = 4096
)

// pgPages reads one index range in pages, each the next in index order
// after the last quad read.
type pgPages struct {
	store       *Store
	node        csql.NodeHash
	first, next string
	size        int
	page        []pagedQuad
	i           int
	done        bool
	result      refs.Ref
	err         error
}

type pagedQuad struct {
	q       csql.QuadHashes
	horizon int64
}

func (p *pgPages) Next(ctx context.Context) bool {
	p.result = nil
	if p.i >= len(p.page) {
		if p.done || p.err != nil || !p.read(ctx) {
			return false
		}
	}
	p.result = p.page[p.i].q
	p.i++
	return true
}

// read fetches the next page; false when there is none.
func (p *pgPages) read(ctx context.Context) bool {
	query, args := p.first, []any{p.node.SQLValue(), p.size}
	if n := len(p.page); n > 0 {
		last := p.page[n-1]
		query = p.next
		args = append(args, last.q.Predicate[:], last.horizon)
	}
	st, err := p.store.pgPrepared(ctx, query)
	if err != nil {
		p.err = err
		return false
	}
	p.store.sqlReads.Add(1)
	rows, err := st.QueryContext(ctx, args...)
	if err != nil {
		p.err = fmt.Errorf("read a range: %w", err)
		return false
	}
	defer rows.Close()
	p.page, p.i = p.page[:0], 0
	for rows.Next() {
		var s, pr, o, l csql.NodeHash
		var h int64
		if err := rows.Scan(&s, &pr, &o, &l, &h); err != nil {
			p.err = fmt.Errorf("read a range: %w", err)
			return false
		}
		q := refs.QuadHash{Subject: s.ValueHash, Predicate: pr.ValueHash, Object: o.ValueHash, Label: l.ValueHash}
		p.page = append(p.page, pagedQuad{csql.QuadHashes{QuadHash: q}, h})
	}
	if err := rows.Err(); err != nil {
		p.err = fmt.Errorf("read a range: %w", err)
		return false
	}
	p.done = len(p.page) < p.size
	p.size = min(2*p.size, lastPage)
	return len(p.page) > 0
}

func (p *pgPages) String() string                    { return "PGPages" }
func (p *pgPages) TagResults(map[string]refs.Ref)    {}
func (p *pgPages) Result() refs.Ref                  { return p.result }
func (p *pgPages) NextPath(ctx context.Context) bool { return false }
func (p *pgPages) Err() error                        { return p.err }
func (p *pgPages) Close() error                      { return nil }
