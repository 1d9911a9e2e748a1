package graph

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"

	"github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"go.etcd.io/bbolt"
)

// Newest returns the newest n facts (n > 0) with v in direction d
// (Subject or Object) and predicate p, oldest first, and how many there
// are in all: what a card lists of a busy entity. On a bolt store it reads
// Cayley's index backwards from its end and counts its keys without
// reading them, so its cost follows n, not the entity's thousands of
// facts; elsewhere it is LastQuadsWith. The count is of the index's
// entries: after facts are removed (an article deleted or extracted anew)
// it can include them until the entity is written again; the facts
// returned are always live. Call it inside View.
func (s *Store) Newest(ctx context.Context, qs graph.QuadStore, d quad.Direction, v, p quad.Value, n int) ([]quad.Quad, int, error) {
	if _, ok := qs.(*csql.QuadStore); ok && s.sql != nil {
		return newPGReader(s, qs).Newest(ctx, d, v, p, n)
	}
	kqs, ok := qs.(*ckv.QuadStore)
	if s.bolt == nil || !ok || (d != quad.Subject && d != quad.Object) {
		return LastQuadsWith(ctx, qs, d, v, p, n)
	}
	var out []quad.Quad
	var total int
	err := s.bolt.View(func(tx *bbolt.Tx) error {
		var err error
		out, total, err = newBoltReader(tx, s, kqs).Newest(ctx, d, v, p, n)
		return err
	})
	return out, total, err
}

// Newest reads the index backwards from the end of the range of v and p
// (see Store.Newest).
func (r *boltReader) Newest(ctx context.Context, d quad.Direction, v, p quad.Value, n int) ([]quad.Quad, int, error) {
	b := r.sp
	if d == quad.Object {
		b = r.ops
	} else if d != quad.Subject {
		return LastQuadsWith(ctx, r.qs, d, v, p, n)
	}
	id, pid := r.id(v), r.id(p)
	if id == 0 || pid == 0 || b == nil || r.log == nil {
		return nil, 0, nil
	}
	prefix := binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint64(nil, id), pid)
	total := 0
	c := b.Cursor()
	if d == quad.Object {
		for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
			total++
		}
	}
	// Walk back from the end of the prefix's range.
	k, val := c.Seek(successor(prefix))
	if k == nil {
		k, val = c.Last()
	} else {
		k, val = c.Prev()
	}
	var newest []quad.Quad // newest first
	for ; k != nil && bytes.HasPrefix(k, prefix) && len(newest) < n; k, val = c.Prev() {
		ids, err := decodeIDs(val)
		if err != nil {
			return nil, 0, err
		}
		if d == quad.Subject {
			total += len(ids) // one key: count its IDs
		}
		for i := len(ids) - 1; i >= 0 && len(newest) < n; i-- {
			prim, err := r.primitive(ids[i])
			if err != nil {
				return nil, 0, err
			}
			if prim == nil || prim.Deleted {
				continue
			}
			q, err := r.quad(prim)
			if err != nil {
				return nil, 0, err
			}
			newest = append(newest, q)
		}
	}
	out := make([]quad.Quad, len(newest))
	for i, q := range newest {
		out[len(newest)-1-i] = q
	}
	return out, max(total, len(out)), ctx.Err()
}

// countLive counts the live facts with v in direction d and predicate p
// exactly. On a bolt store it walks Cayley's index keys and reads only the
// last quad of each from the log (about a microsecond each), instead of
// every quad with its values; elsewhere it iterates the quads.
func (s *Store) countLive(ctx context.Context, qs graph.QuadStore, d quad.Direction, v, p quad.Value) (int64, error) {
	kqs, ok := qs.(*ckv.QuadStore)
	if s.bolt == nil || !ok || d != quad.Object {
		_, n, err := LastQuadsWith(ctx, qs, d, v, p, 1)
		return int64(n), err
	}
	var n int64
	err := s.bolt.View(func(tx *bbolt.Tx) error {
		r := newBoltReader(tx, s, kqs)
		id, pid := r.id(v), r.id(p)
		if id == 0 || pid == 0 || r.ops == nil {
			return nil
		}
		prefix := binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint64(nil, id), pid)
		c := r.ops.Cursor()
		for k, val := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, val = c.Next() {
			// A key is one (object, predicate, subject): the quad was
			// written, perhaps deleted and written again; its newest ID
			// says whether it is there now.
			ids, err := decodeIDs(val)
			if err != nil {
				return err
			}
			for i := len(ids) - 1; i >= 0; i-- {
				prim, err := r.primitive(ids[i])
				if err != nil {
					return err
				}
				if prim != nil && !prim.Deleted {
					n++
					break
				}
			}
			if n%4096 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
		}
		return nil
	})
	return n, err
}

// successor returns the smallest key greater than every key with prefix
// (prefix is never all 0xFF here: node IDs are far smaller).
func successor(prefix []byte) []byte {
	out := bytes.Clone(prefix)
	for i := len(out) - 1; i >= 0; i-- {
		if out[i] != 0xFF {
			out[i]++
			return out[:i+1]
		}
	}
	return out
}

// decodeIDs reads an index value: quad IDs as uvarints.
func decodeIDs(b []byte) ([]uint64, error) {
	var out []uint64
	for len(b) > 0 {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			return out, fmt.Errorf("bad uvarint")
		}
		out = append(out, v)
		b = b[n:]
	}
	return out, nil
}
