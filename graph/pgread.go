package graph

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"github.com/lib/pq"

	"github.com/newsgraph/newsgraph/schema"
)

// pgIndexes shape Cayley's quads table for newsgraph's reads and writes
// (run in order; the last two create the one-row table of
// Store.Generation's counter).
//
// newsgraph adds two indexes: a node's facts of one predicate in the order
// they were written (horizon), so that the newest are read from the end of
// an index, not sorted. They serve every lookup of three of Cayley's own
// indexes, which are dropped: spo_index (subject, predicate, object) and
// ops_index (object, predicate, subject) have the same leading columns as
// ng_sph_index and ng_oph_index, and osp_index (object, subject,
// predicate) leads with the object as ng_oph_index does. Every quad
// written updates each index (the first two took 30% of the time of
// inserting a batch). pos_index (predicate, object, subject) stays: the
// SQL Cayley makes of a Gizmo step over several predicates
// (In(["<ng:holds>", "<ng:of>", …])) is planned through it, and without it
// the neighbourhood recipe on a 10,000-article store took 14.5 s, not 0.2 s.
//
// Cayley's four foreign keys from the quads to their nodes are dropped
// too: with them and osp_index, inserting 200,000 of a store's quads in one
// statement took 9.1 s, without them 5.1 s (medians of 3 interleaved).
// Cayley's SQL backend runs without them on CockroachDB, and what they
// guarded against cannot happen in newsgraph's writes: a write upserts
// every node its quads name in the same transaction, before them, and a
// node is deleted only at zero references under the row lock its upsert
// takes. Tests check that no quad names a missing node after concurrent
// loads.
var pgIndexes = []string{
	`CREATE INDEX IF NOT EXISTS ng_oph_index ON quads (object_hash, predicate_hash, horizon)`,
	`CREATE INDEX IF NOT EXISTS ng_sph_index ON quads (subject_hash, predicate_hash, horizon)`,
	`DROP INDEX IF EXISTS spo_index`,
	`DROP INDEX IF EXISTS ops_index`,
	`DROP INDEX IF EXISTS osp_index`,
	`CREATE INDEX IF NOT EXISTS pos_index ON quads (predicate_hash, object_hash, subject_hash) WITH (FILLFACTOR = 50)`,
	`ALTER TABLE quads DROP CONSTRAINT IF EXISTS subject_hash_fk, DROP CONSTRAINT IF EXISTS predicate_hash_fk,
		DROP CONSTRAINT IF EXISTS object_hash_fk, DROP CONSTRAINT IF EXISTS label_hash_fk`,
	pgGeneration[0], pgGeneration[1], pgGeneration[2],
}

// pgGeneration creates the one-row table that counts newsgraph's writes to
// a database (Store.Generation) and the quads stored (Store.Summary: an
// exact count(*) of the quads table takes seconds at 10,000 articles, and
// PostgreSQL's own estimate was 8% off after a load). A quads count of
// NULL is unknown (a store made before the column existed): initPostgres
// counts it once (pgCountQuads).
var pgGeneration = [3]string{
	`CREATE TABLE IF NOT EXISTS ng_generation (n BIGINT NOT NULL, quads BIGINT)`,
	`ALTER TABLE ng_generation ADD COLUMN IF NOT EXISTS quads BIGINT`,
	`INSERT INTO ng_generation SELECT 0, 0 WHERE NOT EXISTS (SELECT 1 FROM ng_generation)`,
}

// pgBumpGeneration counts a write (Store.Generation) and the quads it
// added less those it deleted ($1). In a write transaction it comes last:
// its row lock is held until the commit, so counts of concurrent writers
// add up.
const pgBumpGeneration = `UPDATE ng_generation SET n = n + 1, quads = quads + $1`

// pgCountQuads sets the quad count of a store made before ng_generation
// had one, and does nothing when the count is there. It takes the row's
// lock first, then counts in a new snapshot: a writer that has not bumped
// the row yet cannot commit before the count is stored, and every writer
// that has is in the count.
func pgCountQuads(ctx context.Context, db *sql.DB) error {
	var quads sql.NullInt64
	if err := db.QueryRowContext(ctx, `SELECT quads FROM ng_generation`).Scan(&quads); err != nil {
		return fmt.Errorf("count quads: %w", err)
	}
	if quads.Valid {
		return nil
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := tx.QueryRowContext(ctx, `SELECT quads FROM ng_generation FOR UPDATE`).Scan(&quads); err != nil {
		return fmt.Errorf("count quads: %w", err)
	}
	if quads.Valid {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `UPDATE ng_generation SET quads = (SELECT count(*) FROM quads)`); err != nil {
		return fmt.Errorf("count quads: %w", err)
	}
	return tx.Commit()
}

// createPGIndexes adds pgIndexes (once; on a large existing table this
// takes a while the first time).
func createPGIndexes(ctx context.Context, db *sql.DB) error {
	for _, q := range pgIndexes {
		if _, err := db.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("create index: %w", err)
		}
	}
	return nil
}

// pgColumn is the quads table's column of direction d (Subject or Object).
func pgColumn(d quad.Direction) string {
	if d == quad.Object {
		return "object_hash"
	}
	return "subject_hash"
}

// pgCount counts the quads with v in direction d (Subject or Object) and
// predicate p, with one SELECT on pgIndexes.
func pgCount(ctx context.Context, db *sql.DB, d quad.Direction, v, p quad.Value) (int, error) {
	var n int
	err := db.QueryRowContext(ctx, `SELECT count(*) FROM quads WHERE `+pgColumn(d)+` = $1 AND predicate_hash = $2`,
		csql.HashOf(v).SQLValue(), csql.HashOf(p).SQLValue()).Scan(&n)
	return n, err
}

// pgCountAsserts counts the articles asserting each fact key, up to the
// key's limit (a write needs to know only whether a fact's count stays
// above the assertions it removes), in a few queries for a whole batch;
// keys nobody asserts are left out. Each count reads at most its limit of
// index entries: a full count of a fact every article asserts (a
// government's type, say) grows with the store, and made a load's cost
// grow with the square of its articles.
func pgCountAsserts(ctx context.Context, db *sql.DB, limits map[quad.String]int) (map[quad.String]int, error) {
	out := make(map[quad.String]int, len(limits))
	byHash := make(map[string]quad.String, len(limits))
	asserts := csql.HashOf(schema.PredAsserts).SQLValue()
	hashes := make([][]byte, 0, min(len(limits), 1000))
	caps := make([]int64, 0, cap(hashes))
	flush := func() error {
		defer func() { hashes, caps = hashes[:0], caps[:0] }()
		rows, err := db.QueryContext(ctx, `SELECT k.h, c.n FROM unnest($2::bytea[], $3::int[]) AS k(h, lim)
			CROSS JOIN LATERAL (SELECT count(*) AS n FROM (SELECT 1 FROM quads
				WHERE predicate_hash = $1 AND object_hash = k.h LIMIT k.lim) AS a) AS c
			WHERE c.n > 0`, asserts, pq.Array(hashes), pq.Array(caps))
		if err != nil {
			return fmt.Errorf("count assertions: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var h []byte
			var n int
			if err := rows.Scan(&h, &n); err != nil {
				return fmt.Errorf("count assertions: %w", err)
			}
			out[byHash[string(h)]] = n
		}
		return rows.Err()
	}
	for k, limit := range limits {
		h := csql.HashOf(k)
		hashes = append(hashes, h.ValueHash[:])
		caps = append(caps, int64(max(limit, 1)))
		byHash[string(h.ValueHash[:])] = k
		if len(hashes) == 1000 {
			if err := flush(); err != nil {
				return nil, err
			}
		}
	}
	if len(hashes) > 0 {
		if err := flush(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// pgReader reads PostgreSQL's quads table itself: one SELECT for all the
// predicates of one lookup, on pgIndexes, and one for the values it has
// not seen yet, where reading through Cayley costs a round trip per
// iterator step and per value.
type pgReader struct {
	s    *Store
	qs   graph.QuadStore
	vals map[csql.NodeHash]quad.Value
}

func newPGReader(s *Store, qs graph.QuadStore) *pgReader {
	return &pgReader{s: s, qs: qs, vals: map[csql.NodeHash]quad.Value{}}
}

func (r *pgReader) QuadsWith(ctx context.Context, d quad.Direction, v, p quad.Value, limit int) ([]quad.Quad, error) {
	if l := (Lookup{D: d, V: v, P: p, N: limit}); pgBatchable(l) {
		found, err := r.Lookups(ctx, []Lookup{l})
		if err != nil {
			return nil, err
		}
		return found[0].Quads, nil
	}
	if d != quad.Subject && d != quad.Object {
		return (&cayleyReader{s: r.s, qs: r.qs}).QuadsWith(ctx, d, v, p, limit)
	}
	return r.quads(ctx, d, v, nil, limit)
}

// QuadsWithAny is one batch of lookups, one per predicate.
func (r *pgReader) QuadsWithAny(ctx context.Context, d quad.Direction, v quad.Value, preds []quad.Value, limit int) (map[quad.Value][]quad.Quad, error) {
	if d != quad.Subject && d != quad.Object {
		return (&cayleyReader{s: r.s, qs: r.qs}).QuadsWithAny(ctx, d, v, preds, limit)
	}
	ls := make([]Lookup, 0, len(preds))
	for _, p := range preds {
		if p != nil {
			ls = append(ls, Lookup{D: d, V: v, P: p, N: limit})
		}
	}
	found, err := r.Lookups(ctx, ls)
	if err != nil {
		return nil, err
	}
	out := map[quad.Value][]quad.Quad{}
	for i, f := range found {
		if len(f.Quads) > 0 {
			out[ls[i].P] = f.Quads
		}
	}
	return out, nil
}

// Newest is Store.Newest on PostgreSQL: one lookup (pgLookups), counted and
// read from the end of its index range.
func (r *pgReader) Newest(ctx context.Context, d quad.Direction, v, p quad.Value, n int) ([]quad.Quad, int, error) {
	if l := (Lookup{D: d, V: v, P: p, N: n, Newest: true}); pgBatchable(l) {
		found, err := r.Lookups(ctx, []Lookup{l})
		if err != nil {
			return nil, 0, err
		}
		return found[0].Quads, found[0].Total, nil
	}
	if d != quad.Subject && d != quad.Object {
		return LastQuadsWith(ctx, r.qs, d, v, p, n)
	}
	r.s.sqlReads.Add(1)
	total, err := pgCount(ctx, r.s.sql, d, v, p) // n <= 0: no quads, the count
	return nil, total, err
}

// pgBatchable reports whether pgLookups can answer l: a direction of its
// indexes, a predicate, and a positive count of newest.
func pgBatchable(l Lookup) bool {
	return l.P != nil && (l.D == quad.Subject || l.D == quad.Object) && (!l.Newest || l.N > 0)
}

// quads returns the quads with v in direction d (Subject or Object) and
// one of preds (any predicate when preds is nil), oldest first within each
// predicate, at most limit of each when limit > 0.
func (r *pgReader) quads(ctx context.Context, d quad.Direction, v quad.Value, preds []quad.Value, limit int) ([]quad.Quad, error) {
	where := pgColumn(d) + ` = $1`
	args := []any{csql.HashOf(v).SQLValue()}
	if preds != nil {
		hashes := make([][]byte, len(preds))
		for i, p := range preds {
			h := csql.HashOf(p)
			hashes[i] = h.ValueHash[:]
		}
		where += ` AND predicate_hash = ANY($2)`
		args = append(args, pq.Array(hashes))
	}
	query := `SELECT subject_hash, predicate_hash, object_hash, label_hash FROM quads WHERE ` + where + ` ORDER BY predicate_hash, horizon`
	if limit > 0 {
		query = `SELECT subject_hash, predicate_hash, object_hash, label_hash FROM (
			SELECT subject_hash, predicate_hash, object_hash, label_hash, horizon,
				row_number() OVER (PARTITION BY predicate_hash ORDER BY horizon) AS n
			FROM quads WHERE ` + where + `) q WHERE n <= ` + fmt.Sprint(limit) + ` ORDER BY predicate_hash, horizon`
	}
	return r.query(ctx, query, args...)
}

// pgLookups answers a batch of lookups in one statement: for each, an
// index range of ng_sph_index or ng_oph_index read from its start (oldest
// first) or its end (newest), cut at its limit, and for a Newest lookup
// that wants it a count of the range. Each branch of the LATERAL union runs only for the
// lookups of its kind (a one-time filter on the lookup's row). OFFSET 0
// keeps the lookups' subquery from being merged into the join: merged,
// PostgreSQL counted a lookup's range once per quad it returned (127
// counts for 51 lookups of an entity card on a 100,000-article store, 169
// of its 183 ms; 44 of 56 ms with the fence).
const pgLookups = `SELECT k.i, k.total, q.subject_hash, q.predicate_hash, q.object_hash, q.label_hash
FROM (
	SELECT k0.*, CASE WHEN NOT k0.counted THEN 0
		WHEN k0.obj THEN (SELECT count(*) FROM quads WHERE object_hash = k0.v AND predicate_hash = k0.p)
		ELSE (SELECT count(*) FROM quads WHERE subject_hash = k0.v AND predicate_hash = k0.p) END AS total
	FROM unnest($1::bytea[], $2::bytea[], $3::bigint[], $4::bool[], $5::bool[], $6::bool[]) WITH ORDINALITY AS k0(v, p, n, obj, newest, counted, i)
	OFFSET 0
) k
CROSS JOIN LATERAL (
	(SELECT subject_hash, predicate_hash, object_hash, label_hash, horizon FROM quads
		WHERE NOT k.obj AND NOT k.newest AND subject_hash = k.v AND predicate_hash = k.p ORDER BY horizon LIMIT NULLIF(k.n, 0))
	UNION ALL
	(SELECT subject_hash, predicate_hash, object_hash, label_hash, horizon FROM quads
		WHERE NOT k.obj AND k.newest AND subject_hash = k.v AND predicate_hash = k.p ORDER BY horizon DESC LIMIT k.n)
	UNION ALL
	(SELECT subject_hash, predicate_hash, object_hash, label_hash, horizon FROM quads
		WHERE k.obj AND NOT k.newest AND object_hash = k.v AND predicate_hash = k.p ORDER BY horizon LIMIT NULLIF(k.n, 0))
	UNION ALL
	(SELECT subject_hash, predicate_hash, object_hash, label_hash, horizon FROM quads
		WHERE k.obj AND k.newest AND object_hash = k.v AND predicate_hash = k.p ORDER BY horizon DESC LIMIT k.n)
) q
ORDER BY k.i, q.horizon`

// pgPrepared returns query prepared on the store's connections, preparing
// it the first time.
func (s *Store) pgPrepared(ctx context.Context, query string) (*sql.Stmt, error) {
	s.stmtsMu.Lock()
	defer s.stmtsMu.Unlock()
	if st, ok := s.stmts[query]; ok {
		return st, nil
	}
	st, err := s.sql.PrepareContext(ctx, query)
	if err != nil {
		return nil, fmt.Errorf("prepare: %w", err)
	}
	if s.stmts == nil {
		s.stmts = map[string]*sql.Stmt{}
	}
	s.stmts[query] = st
	return st, nil
}

// Lookups answers a batch of lookups with one SELECT of their quads and
// one of the values the reader has not seen (Batcher): a card or a
// frontier of a path search costs a few round trips, not one per fact.
// Lookups the statement cannot express (a direction other than Subject
// or Object, no predicate) are read one by one.
func (r *pgReader) Lookups(ctx context.Context, ls []Lookup) ([]Found, error) {
	out := make([]Found, len(ls))
	var (
		idx           []int
		vals, preds   [][]byte
		limits        []int64
		objs, newests []bool
		counted       []bool
	)
	for i, l := range ls {
		if !pgBatchable(l) {
			var err error
			if l.Newest {
				out[i].Quads, out[i].Total, err = r.Newest(ctx, l.D, l.V, l.P, l.N)
			} else {
				out[i].Quads, err = r.QuadsWith(ctx, l.D, l.V, l.P, l.N)
			}
			if err != nil {
				return nil, err
			}
			continue
		}
		v, p := csql.HashOf(l.V), csql.HashOf(l.P)
		idx = append(idx, i)
		vals = append(vals, v.ValueHash[:])
		preds = append(preds, p.ValueHash[:])
		limits = append(limits, int64(max(l.N, 0)))
		objs = append(objs, l.D == quad.Object)
		newests = append(newests, l.Newest)
		counted = append(counted, l.Newest && !l.NoTotal)
	}
	if len(idx) == 0 {
		return out, nil
	}
	r.s.sqlReads.Add(1)
	stmt, err := r.s.pgPrepared(ctx, pgLookups)
	if err != nil {
		return nil, err
	}
	rows, err := stmt.QueryContext(ctx, pq.Array(vals), pq.Array(preds), pq.Array(limits), pq.Array(objs), pq.Array(newests), pq.Array(counted))
	if err != nil {
		return nil, fmt.Errorf("read quads: %w", err)
	}
	type row struct {
		i int
		h [4]csql.NodeHash
	}
	var got []row
	var hashes [][4]csql.NodeHash
	for rows.Next() {
		var k, total int
		var h [4]csql.NodeHash
		if err := rows.Scan(&k, &total, &h[0], &h[1], &h[2], &h[3]); err != nil {
			rows.Close()
			return nil, fmt.Errorf("read quads: %w", err)
		}
		i := idx[k-1] // WITH ORDINALITY counts from 1
		out[i].Total = total
		got = append(got, row{i, h})
		hashes = append(hashes, h)
	}
	if err := r.finishQuads(ctx, rows, hashes); err != nil {
		return nil, err
	}
	for _, g := range got {
		h := g.h
		out[g.i].Quads = append(out[g.i].Quads, r.quadOf(h))
	}
	return out, nil
}

// subjectQuads returns every quad of each subject (an article's own
// quads, for a write to compare), in one SELECT and one for the values.
func (r *pgReader) subjectQuads(ctx context.Context, subjects []quad.Value) (map[quad.Value][]quad.Quad, error) {
	out := make(map[quad.Value][]quad.Quad, len(subjects))
	hashes := make([][]byte, len(subjects))
	for i, v := range subjects {
		h := csql.HashOf(v)
		hashes[i] = h.ValueHash[:]
		out[v] = nil
	}
	qs, err := r.query(ctx, `SELECT subject_hash, predicate_hash, object_hash, label_hash FROM quads
		WHERE subject_hash = ANY($1) ORDER BY horizon`, pq.Array(hashes))
	if err != nil {
		return nil, err
	}
	for _, q := range qs {
		out[q.Subject] = append(out[q.Subject], q)
	}
	return out, nil
}

// query runs a SELECT of the four hash columns of quads and returns the
// quads in row order, their values looked up in one batch.
func (r *pgReader) query(ctx context.Context, query string, args ...any) ([]quad.Quad, error) {
	r.s.sqlReads.Add(1)
	rows, err := r.s.sql.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("read quads: %w", err)
	}
	var hashes [][4]csql.NodeHash
	for rows.Next() {
		var h [4]csql.NodeHash
		if err := rows.Scan(&h[0], &h[1], &h[2], &h[3]); err != nil {
			rows.Close()
			return nil, fmt.Errorf("read quads: %w", err)
		}
		hashes = append(hashes, h)
	}
	if err := r.finishQuads(ctx, rows, hashes); err != nil {
		return nil, err
	}
	out := make([]quad.Quad, len(hashes))
	for i, h := range hashes {
		out[i] = r.quadOf(h)
	}
	return out, nil
}

// resolve looks up the values of hashes the reader has not seen yet, in
// one SELECT, through Cayley's own decoding of a nodes row (NameOf of a
// prefetched value would need Cayley's unexported row scanner, so the
// rows are read with the columns NameOf reads and decoded alike).
func (r *pgReader) resolve(ctx context.Context, quads [][4]csql.NodeHash) error {
	var missing [][]byte
	seen := map[csql.NodeHash]bool{}
	for _, q := range quads {
		for _, h := range q {
			if !h.Valid() || seen[h] {
				continue
			}
			seen[h] = true
			if _, ok := r.vals[h]; !ok {
				missing = append(missing, h.ValueHash[:])
			}
		}
	}
	for len(missing) > 0 {
		chunk := missing[:min(len(missing), 5000)]
		missing = missing[len(chunk):]
		r.s.sqlReads.Add(1)
		stmt, err := r.s.pgPrepared(ctx, `SELECT hash, value, value_string, datatype, language, iri, bnode,
			value_int, value_bool, value_float, value_time FROM nodes WHERE hash = ANY($1)`)
		if err != nil {
			return err
		}
		rows, err := stmt.QueryContext(ctx, pq.Array(chunk))
		if err != nil {
			return fmt.Errorf("read values: %w", err)
		}
		for rows.Next() {
			var (
				h      csql.NodeHash
				data   []byte
				str    sql.NullString
				typ    sql.NullString
				lang   sql.NullString
				iri    sql.NullBool
				bnode  sql.NullBool
				vint   sql.NullInt64
				vbool  sql.NullBool
				vfloat sql.NullFloat64
				vtime  sql.NullTime
			)
			if err := rows.Scan(&h, &data, &str, &typ, &lang, &iri, &bnode, &vint, &vbool, &vfloat, &vtime); err != nil {
				rows.Close()
				return fmt.Errorf("read values: %w", err)
			}
			v, err := nodeValue(data, str, typ, lang, iri, bnode, vint, vbool, vfloat, vtime)
			if err != nil {
				rows.Close()
				return fmt.Errorf("read value %x: %w", h.ValueHash[:], err)
			}
			r.vals[h] = v
		}
		if err := rows.Close(); err != nil {
			return err
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("read values: %w", err)
		}
	}
	return nil
}

// nodeValue decodes one row of Cayley's nodes table as its NameOf does.
func nodeValue(data []byte, str, typ, lang sql.NullString, iri, bnode sql.NullBool, vint sql.NullInt64,
	vbool sql.NullBool, vfloat sql.NullFloat64, vtime sql.NullTime) (quad.Value, error) {
	unescape := func(s string) string { return strings.ReplaceAll(s, `\x00`, "\u0000") }
	switch {
	case str.Valid && iri.Bool:
		return quad.IRI(str.String), nil
	case str.Valid && bnode.Bool:
		return quad.BNode(str.String), nil
	case str.Valid && lang.Valid:
		return quad.LangString{Value: quad.String(unescape(str.String)), Lang: lang.String}, nil
	case str.Valid && typ.Valid:
		return quad.TypedString{Value: quad.String(unescape(str.String)), Type: quad.IRI(typ.String)}, nil
	case str.Valid:
		return quad.String(unescape(str.String)), nil
	case vint.Valid:
		return quad.Int(vint.Int64), nil
	case vbool.Valid:
		return quad.Bool(vbool.Bool), nil
	case vfloat.Valid:
		return quad.Float(vfloat.Float64), nil
	case vtime.Valid:
		return quad.Time(vtime.Time.UTC()), nil
	}
	return pquads.UnmarshalValue(data)
}

// quadOf is the quad of four resolved node hashes.
func (r *pgReader) quadOf(h [4]csql.NodeHash) quad.Quad {
	return quad.Quad{Subject: r.vals[h[0]], Predicate: r.vals[h[1]], Object: r.vals[h[2]], Label: r.vals[h[3]]}
}

// finishQuads closes the rows of quad hashes read, reports their error,
// and resolves the values of hashes.
func (r *pgReader) finishQuads(ctx context.Context, rows *sql.Rows, hashes [][4]csql.NodeHash) error {
	if err := rows.Close(); err != nil {
		return err
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read quads: %w", err)
	}
	return r.resolve(ctx, hashes)
}
