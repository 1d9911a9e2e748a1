package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"hash/fnv"
	"slices"

	"github.com/cayleygraph/cayley/graph"
	graphlog "github.com/cayleygraph/cayley/graph/log"
	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"

	"github.com/newsgraph/newsgraph/schema"
)

// pgApplyDeltas writes deltas to db, a PostgreSQL database initialised by
// Cayley's "postgres" backend (graph.InitQuadStore), and leaves the nodes
// and quads tables exactly as Cayley's
//
//	qs.ApplyDeltas(deltas, graph.IgnoreOpts{})
//
// would, except for the quads' ts column (the time of the write). It does
// it in a few set-based statements instead of one INSERT per node and per
// quad: the rows are copied (COPY) into temporary tables, then
//
//  1. nodes whose reference count the deltas raise or leave unchanged
//     (Cayley's graphlog.SplitDeltas: net count >= 0, per hash) are
//     upserted, refs = nodes.refs + the net count; a node new to the
//     store is inserted even when its net count is 0;
//  2. the added quads are inserted, in delta order (so horizons are
//     numbered as Cayley numbers them);
//  3. the deleted quads are deleted;
//  4. nodes whose net count is negative are decremented and, when there
//     were any, every node with refs <= 0 is deleted (the whole table, as
//     Cayley does: nodes left at 0 by an earlier call go too, and a batch
//     that adds and deletes the same new quad leaves its nodes at 0 refs).
//
// All of it runs in one transaction: on error nothing is written. As with
// IgnoreOpts{}, adding a quad that is stored or added twice in deltas fails
// with an error for which graph.IsQuadExist is true, and deleting a quad
// that is not stored (after the adds) or deleted twice fails with one for
// which graph.IsQuadNotExist is true; both are *graph.DeltaError naming the
// delta when it can be found (Cayley's own name none). Adds are applied
// before deletes, as Cayley does, so deltas that delete a stored quad and
// add it again fail, and deltas that add a new quad and delete it succeed.
// A delta with an unknown action fails with graph.ErrInvalidAction.
//
// Caches. Cayley's SQL QuadStore keeps three in-memory caches:
//
//   - the quad and node counts, cached by Stats(ctx, true) and returned by
//     every later Stats call (exact or not, and by the iterator size
//     estimates built on it) until that QuadStore's own ApplyDeltas resets
//     them. A write through pgApplyDeltas leaves them stale: after it, call
//     qs.ApplyDeltas(nil, graph.IgnoreOpts{}) (an empty transaction that
//     only resets them) on every open QuadStore over the same database, or
//     reopen it;
//   - node hash -> value (1024 entries, for NameOf): hashes are content
//     hashes, so an entry is never wrong; at worst it names a node that a
//     bulk delete removed, which only a Ref held across the write can ask;
//   - per-node quad counts for the optimizer, used only with the
//     "local_optimize" option (off by default, and off in Store): stale
//     entries give worse query plans, not wrong answers; reopen to drop them.
//
// It takes no lock of Store's: callers serialise it with other writers
// (Store.Update) as they would ApplyDeltas.
func pgApplyDeltas(ctx context.Context, db *sql.DB, deltas []graph.Delta) (err error) {
	if len(deltas) == 0 {
		return nil
	}
	for _, d := range deltas {
		if d.Action != graph.Add && d.Action != graph.Delete {
			return &graph.DeltaError{Delta: d, Err: graph.ErrInvalidAction}
		}
	}
	split := graphlog.SplitDeltas(deltas)
	// Every node's columns, before the transaction: a value Cayley cannot
	// store fails here, as it fails in Cayley before any statement.
	nodeRows, err := pgNodeRows(split.IncNode)
	if err != nil {
		return err
	}

	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("pg bulk write: begin: %w", err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()

	if len(nodeRows) > 0 {
		if err := pgCopy(ctx, tx, `CREATE TEMP TABLE ng_nodes_in (LIKE nodes) ON COMMIT DROP`,
			"ng_nodes_in", pgNodeColumns, nodeRows); err != nil {
			return err
		}
		// SplitDeltas gives one update per hash, so no row is upserted twice.
		if _, err := tx.ExecContext(ctx, `INSERT INTO nodes (`+pgNodeColumnList+`)
			SELECT `+pgNodeColumnList+` FROM ng_nodes_in ORDER BY hash
			ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs`); err != nil {
			return fmt.Errorf("pg bulk write: upsert nodes: %w", err)
		}
	}

	if len(split.QuadAdd) > 0 {
		if err := pgInsertQuads(ctx, tx, deltas, split.QuadAdd); err != nil {
			return err
		}
	}

	if len(split.QuadDel) > 0 {
		if err := pgDeleteQuads(ctx, tx, deltas, split.QuadDel); err != nil {
			return err
		}
	}

	if len(split.DecNode) > 0 {
		rows := make([][]any, len(split.DecNode))
		for i, n := range split.DecNode {
			rows[i] = []any{csql.NodeHash{ValueHash: n.Hash}.SQLValue(), n.RefInc}
		}
		if err := pgCopy(ctx, tx, `CREATE TEMP TABLE ng_nodes_dec (hash BYTEA, inc INT) ON COMMIT DROP`,
			"ng_nodes_dec", []string{"hash", "inc"}, rows); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE nodes SET refs = nodes.refs + d.inc
			FROM ng_nodes_dec d WHERE nodes.hash = d.hash`); err != nil {
			return fmt.Errorf("pg bulk write: decrement nodes: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM nodes WHERE refs <= 0`); err != nil {
			return fmt.Errorf("pg bulk write: delete unused nodes: %w", err)
		}
	}

	if _, err := tx.ExecContext(ctx, pgBumpGeneration, len(split.QuadAdd)-len(split.QuadDel)); err != nil {
		return fmt.Errorf("pg bulk write: count the write: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("pg bulk write: commit: %w", err)
	}
	return nil
}

// pgNodeColumns are the columns of a node row as pgNodeRows fills them.
var pgNodeColumns = []string{"hash", "refs", "value", "value_string", "datatype", "language",
	"iri", "bnode", "value_int", "value_bool", "value_float", "value_time"}

const pgNodeColumnList = "hash, refs, value, value_string, datatype, language, " +
	"iri, bnode, value_int, value_bool, value_float, value_time"

// pgNodeRows gives each node update its row of pgNodeColumns, the values
// set through Cayley's csql.NodeValues in the columns its value type names
// and NULL in the others, as Cayley's INSERT leaves them.
func pgNodeRows(nodes []graphlog.NodeUpdate) (rows [][]any, err error) {
	index := make(map[string]int, len(pgNodeColumns))
	for i, c := range pgNodeColumns {
		index[c] = i
	}
	rows = make([][]any, 0, len(nodes))
	for _, n := range nodes {
		typ, vals, err := pgNodeValues(n)
		if err != nil {
			return nil, err
		}
		cols := typ.Columns()
		if len(vals) != 1+len(cols) {
			return nil, fmt.Errorf("pg bulk write: node %v: %d values for columns %v", n.Val, len(vals), cols)
		}
		row := make([]any, len(pgNodeColumns))
		row[0], row[1] = vals[0], n.RefInc
		for i, c := range cols {
			j, ok := index[c]
			if !ok {
				return nil, fmt.Errorf("pg bulk write: node %v: unknown column %q", n.Val, c)
			}
			row[j] = vals[1+i]
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// pgNodeValues is csql.NodeValues, with the panic it raises for a value
// type Cayley cannot serialise turned into an error.
func pgNodeValues(n graphlog.NodeUpdate) (typ csql.ValueType, vals []any, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("pg bulk write: node %v (%T): %v", n.Val, n.Val, r)
		}
	}()
	typ, vals, err = csql.NodeValues(csql.NodeHash{ValueHash: n.Hash}, n.Val)
	if err != nil {
		return 0, nil, fmt.Errorf("pg bulk write: node %v: %w", n.Val, err)
	}
	return typ, vals, nil
}

// pgQuadRows gives each quad update its row (ind, s, p, o, l): the index
// of its delta and its node hashes, NULL for no label.
func pgQuadRows(us []graphlog.QuadUpdate) [][]any {
	rows := make([][]any, len(us))
	for i, u := range us {
		row := make([]any, 5)
		row[0] = int64(u.Ind)
		for j, h := range u.Quad.Dirs() {
			row[1+j] = csql.NodeHash{ValueHash: h}.SQLValue()
		}
		rows[i] = row
	}
	return rows
}

const pgQuadTable = ` (ind BIGINT, s BYTEA, p BYTEA, o BYTEA, l BYTEA) ON COMMIT DROP`

var pgQuadColumns = []string{"ind", "s", "p", "o", "l"}

// pgQuadMatch joins quads q to a table d of pgQuadColumns: the same quad,
// a NULL label matching only a NULL label.
const pgQuadMatch = `q.subject_hash = d.s AND q.predicate_hash = d.p AND q.object_hash = d.o
	AND (q.label_hash = d.l OR (q.label_hash IS NULL AND d.l IS NULL))`

// pgInsertQuads inserts the added quads in delta order. Like Cayley's
// INSERT it fails on a quad that is stored or added twice.
func pgInsertQuads(ctx context.Context, tx *sql.Tx, deltas []graph.Delta, adds []graphlog.QuadUpdate) error {
	seen := make(map[refs.QuadHash]bool, len(adds))
	for _, u := range adds {
		if seen[u.Quad] {
			return &graph.DeltaError{Delta: deltas[u.Ind], Err: graph.ErrQuadExists}
		}
		seen[u.Quad] = true
	}
	if err := pgCopy(ctx, tx, `CREATE TEMP TABLE ng_quads_add`+pgQuadTable,
		"ng_quads_add", pgQuadColumns, pgQuadRows(adds)); err != nil {
		return err
	}
	// A unique violation aborts the transaction; the savepoint keeps it
	// usable to find the stored quad for the error.
	if _, err := tx.ExecContext(ctx, `SAVEPOINT ng_quads_add`); err != nil {
		return fmt.Errorf("pg bulk write: %w", err)
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts)
		SELECT s, p, o, l, now() FROM ng_quads_add ORDER BY ind`)
	var pe *pq.Error
	if errors.As(err, &pe) && pe.Code == "23505" { // unique_violation
		derr := &graph.DeltaError{Err: graph.ErrQuadExists}
		if _, err := tx.ExecContext(ctx, `ROLLBACK TO SAVEPOINT ng_quads_add`); err != nil {
			return derr
		}
		var ind int
		err := tx.QueryRowContext(ctx, `SELECT d.ind FROM ng_quads_add d
			WHERE EXISTS (SELECT 1 FROM quads q WHERE `+pgQuadMatch+`) ORDER BY d.ind LIMIT 1`).Scan(&ind)
		if err == nil && ind >= 0 && ind < len(deltas) {
			derr.Delta = deltas[ind]
		}
		return derr
	}
	if err != nil {
		return fmt.Errorf("pg bulk write: insert quads: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `RELEASE SAVEPOINT ng_quads_add`); err != nil {
		return fmt.Errorf("pg bulk write: %w", err)
	}
	return nil
}

// pgDeleteQuads deletes the deleted quads. Like Cayley's DELETE it fails on
// a quad that is not stored or deleted twice.
func pgDeleteQuads(ctx context.Context, tx *sql.Tx, deltas []graph.Delta, dels []graphlog.QuadUpdate) error {
	seen := make(map[refs.QuadHash]bool, len(dels))
	for _, u := range dels {
		if seen[u.Quad] {
			return &graph.DeltaError{Delta: deltas[u.Ind], Err: graph.ErrQuadNotExist}
		}
		seen[u.Quad] = true
	}
	if err := pgCopy(ctx, tx, `CREATE TEMP TABLE ng_quads_del`+pgQuadTable,
		"ng_quads_del", pgQuadColumns, pgQuadRows(dels)); err != nil {
		return err
	}
	// Each row matches at most one quad (the unique indexes are on
	// subject, predicate, object and label, a NULL label apart), so a row
	// that deleted none names a missing quad.
	var ind int
	err := tx.QueryRowContext(ctx, `WITH gone AS (
			DELETE FROM quads q USING ng_quads_del d WHERE `+pgQuadMatch+`
			RETURNING d.ind)
		SELECT d.ind FROM ng_quads_del d WHERE NOT EXISTS (SELECT 1 FROM gone g WHERE g.ind = d.ind)
		ORDER BY d.ind LIMIT 1`).Scan(&ind)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil
	case err != nil:
		return fmt.Errorf("pg bulk write: delete quads: %w", err)
	}
	derr := &graph.DeltaError{Err: graph.ErrQuadNotExist}
	if ind >= 0 && ind < len(deltas) {
		derr.Delta = deltas[ind]
	}
	return derr
}

// pgCopy creates a temporary table with create and copies rows into its
// columns.
func pgCopy(ctx context.Context, tx *sql.Tx, create, table string, columns []string, rows [][]any) error {
	if _, err := tx.ExecContext(ctx, create); err != nil {
		return fmt.Errorf("pg bulk write: create %s: %w", table, err)
	}
	stmt, err := tx.PrepareContext(ctx, pq.CopyIn(table, columns...))
	if err != nil {
		return fmt.Errorf("pg bulk write: copy into %s: %w", table, err)
	}
	defer stmt.Close()
	for _, row := range rows {
		if _, err := stmt.ExecContext(ctx, row...); err != nil {
			return fmt.Errorf("pg bulk write: copy into %s: %w", table, err)
		}
	}
	if _, err := stmt.ExecContext(ctx); err != nil {
		return fmt.Errorf("pg bulk write: copy into %s: %w", table, err)
	}
	return nil
}

// pgFactLockBuckets is how many advisory locks stand for all the facts and
// names, pgFactLockBase the first of their keys.
const (
	pgFactLockBuckets = 512
	pgFactLockBase    = 0x6e67_6661_0000 // "ngfa"
)

// pgLockFacts takes, in one transaction of its own, the advisory locks
// that make the decisions of one write of articles hold until it commits
// when several processes write one PostgreSQL database. A write reads how
// many articles assert each fact it changes, then adds the fact (none did),
// removes it (it took the last one) or leaves it; and it reads a node's
// names and keys to rewrite the keys. Between those reads and its commit
// another loader may change them: one removing the last assertion of a
// fact while another adds one (each seeing the other's still there) would
// leave an assertion of a fact that is gone; the same for a name key.
//
// So each fact whose assertions the write changes is locked, shared when
// the write only adds assertions of it, exclusive when it removes some,
// and so is each node whose names or aliases it changes (the same modes).
// Adders do not wait for one another (two adding one new fact collide on
// its unique index, and the later one is written again); a remover waits
// for every adder and adders for it, so a count it read still holds when
// it commits. The locks are taken in one order, so two writes cannot wait
// for each other. unlock (always non-nil) ends the transaction, releasing
// them; a process that dies releases them with its connection.
//
// A lock stands for a bucket of facts and names (pgFactLockBuckets), not
// one: PostgreSQL keeps every lock held in one shared table, sized by
// max_locks_per_transaction × max_connections (6,400 by default), and a
// batch of 10,000 quads changes over 2,000 facts, so three loaders taking
// a lock each ran out of it ("out of shared memory"). Two facts sharing a
// bucket only make a remover and an adder of different facts wait for one
// another; adders never wait.
func pgLockFacts(ctx context.Context, db *sql.DB, facts map[quad.String]*factDelta) (unlock func(), err error) {
	unlock = func() {}
	modes := map[int64]bool{} // lock key → exclusive
	lock := func(kind, name string, exclusive bool) {
		h := fnv.New64a()
		h.Write([]byte(kind))
		h.Write([]byte{0})
		h.Write([]byte(name))
		k := pgFactLockBase + int64(h.Sum64()%pgFactLockBuckets)
		modes[k] = modes[k] || exclusive
	}
	for key, d := range facts {
		if d.added == d.removed {
			continue // its assertions stay as many: nothing is decided on it
		}
		exclusive := d.removed > 0
		lock("fact", string(key), exclusive)
		if p := d.fact.Predicate; p == schema.PredName || p == schema.PredAlias {
			lock("names", d.fact.Subject.String(), exclusive)
		}
	}
	if len(modes) == 0 {
		return unlock, nil
	}
	keys := make([]int64, 0, len(modes))
	for k := range modes {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	excl := make([]bool, len(keys))
	for i, k := range keys {
		excl[i] = modes[k]
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return unlock, fmt.Errorf("lock facts: %w", err)
	}
	// A function scan returns the array's rows in order: the locks are
	// taken in the order of keys.
	if _, err := tx.ExecContext(ctx, `SELECT CASE WHEN e THEN pg_advisory_xact_lock(k)
		ELSE pg_advisory_xact_lock_shared(k) END
		FROM unnest($1::bigint[], $2::bool[]) AS u(k, e)`, pq.Array(keys), pq.Array(excl)); err != nil {
		tx.Rollback()
		return unlock, fmt.Errorf("lock facts: %w", err)
	}
	return func() { tx.Rollback() }, nil
}
