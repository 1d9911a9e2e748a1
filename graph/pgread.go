package graph

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/cayleygraph/cayley/graph"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"

	"github.com/newsgraph/newsgraph/schema"
)

// pgIndexes are the indexes newsgraph adds to Cayley's quads table: a
// node's facts of one predicate in the order they were written (horizon),
// so that the newest are read from the end of an index, not sorted.
var pgIndexes = []string{
	`CREATE INDEX IF NOT EXISTS ng_oph_index ON quads (object_hash, predicate_hash, horizon)`,
	`CREATE INDEX IF NOT EXISTS ng_sph_index ON quads (subject_hash, predicate_hash, horizon)`,
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

// pgNewest is Store.Newest on PostgreSQL: the newest n quads by horizon and
// the exact count, each one SELECT on pgIndexes; values come from Cayley.
func (s *Store) pgNewest(ctx context.Context, qs graph.QuadStore, d quad.Direction, v, p quad.Value, n int) ([]quad.Quad, int, error) {
	if d != quad.Subject && d != quad.Object {
		return LastQuadsWith(ctx, qs, d, v, p, n)
	}
	total, err := pgCount(ctx, s.sql, d, v, p)
	if err != nil || total == 0 {
		return nil, 0, err
	}
	col, vh, ph := pgColumn(d), csql.HashOf(v).SQLValue(), csql.HashOf(p).SQLValue()
	rows, err := s.sql.QueryContext(ctx, `SELECT subject_hash, predicate_hash, object_hash, label_hash FROM quads
		WHERE `+col+` = $1 AND predicate_hash = $2 ORDER BY horizon DESC LIMIT $3`, vh, ph, n)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	var newest []quad.Quad // newest first
	for rows.Next() {
		var h [4]csql.NodeHash
		if err := rows.Scan(&h[0], &h[1], &h[2], &h[3]); err != nil {
			return nil, 0, err
		}
		var vals [4]quad.Value
		for i := range h {
			if !h[i].Valid() {
				continue
			}
			if vals[i], err = qs.NameOf(h[i]); err != nil {
				return nil, 0, err
			}
		}
		newest = append(newest, quad.Quad{Subject: vals[0], Predicate: vals[1], Object: vals[2], Label: vals[3]})
	}
	if err := rows.Err(); err != nil {
		return nil, 0, err
	}
	out := make([]quad.Quad, len(newest))
	for i, q := range newest {
		out[len(newest)-1-i] = q
	}
	return out, total, nil
}

// pgCountAsserts counts the articles asserting each fact key, in a few
// queries for a whole batch; keys nobody asserts are left out.
func pgCountAsserts(ctx context.Context, db *sql.DB, keys []quad.String) (map[quad.String]int, error) {
	out := make(map[quad.String]int, len(keys))
	byHash := make(map[string]quad.String, len(keys))
	asserts := csql.HashOf(schema.PredAsserts).SQLValue()
	for len(keys) > 0 {
		chunk := keys[:min(len(keys), 1000)]
		keys = keys[len(chunk):]
		hashes := make([][]byte, len(chunk))
		for i, k := range chunk {
			h := csql.HashOf(k)
			hashes[i] = h.ValueHash[:]
			byHash[string(h.ValueHash[:])] = k
		}
		rows, err := db.QueryContext(ctx, `SELECT object_hash, count(*) FROM quads
			WHERE predicate_hash = $1 AND object_hash = ANY($2) GROUP BY object_hash`, asserts, pq.Array(hashes))
		if err != nil {
			return nil, fmt.Errorf("count assertions: %w", err)
		}
		for rows.Next() {
			var h []byte
			var n int
			if err := rows.Scan(&h, &n); err != nil {
				rows.Close()
				return nil, err
			}
			out[byHash[string(h)]] = n
		}
		if err := rows.Close(); err != nil {
			return nil, err
		}
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}
