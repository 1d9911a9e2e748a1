package graph

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"

	"github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"go.etcd.io/bbolt"
	"google.golang.org/protobuf/proto"
)

// Reader reads facts through the store's indexes, in one consistent view.
type Reader interface {
	// QuadsWith returns the quads with v in direction d (Subject or
	// Object) and, when p is not nil, predicate p: at most limit when
	// limit > 0, in the store's index order.
	QuadsWith(ctx context.Context, d quad.Direction, v, p quad.Value, limit int) ([]quad.Quad, error)
	// QuadsWithAny is QuadsWith for several predicates at once (limit
	// applies to each), keyed by predicate; predicates with no quads are
	// left out.
	QuadsWithAny(ctx context.Context, d quad.Direction, v quad.Value, preds []quad.Value, limit int) (map[quad.Value][]quad.Quad, error)
	// Newest is Store.Newest.
	Newest(ctx context.Context, d quad.Direction, v, p quad.Value, n int) ([]quad.Quad, int, error)
}

// Read runs fn with the quad store and a Reader over it under the read
// lock (see View). On a bolt store the Reader reads Cayley's indexes, log
// and value buckets directly, in one bbolt read transaction with its own
// caches: an answer that makes a thousand index lookups pays for one
// transaction, not a thousand. On PostgreSQL it reads the quads and nodes
// tables itself (pgReader), and is a Batcher: many lookups in one
// statement. Elsewhere it asks Cayley.
func (s *Store) Read(ctx context.Context, fn func(qs graph.QuadStore, r Reader) error) error {
	return s.View(func(qs graph.QuadStore) error {
		if _, ok := qs.(*csql.QuadStore); ok && s.sql != nil {
			return fn(qs, newPGReader(s, qs))
		}
		kqs, ok := qs.(*ckv.QuadStore)
		if s.bolt == nil || !ok {
			return fn(qs, &cayleyReader{s: s, qs: qs})
		}
		return s.bolt.View(func(tx *bbolt.Tx) error {
			return fn(qs, newBoltReader(tx, s, kqs))
		})
	})
}

// cayleyReader reads through Cayley's QuadStore interface.
type cayleyReader struct {
	s  *Store
	qs graph.QuadStore
}

func (r *cayleyReader) QuadsWith(ctx context.Context, d quad.Direction, v, p quad.Value, limit int) ([]quad.Quad, error) {
	return QuadsWith(ctx, r.qs, d, v, p, limit)
}

func (r *cayleyReader) QuadsWithAny(ctx context.Context, d quad.Direction, v quad.Value, preds []quad.Value, limit int) (map[quad.Value][]quad.Quad, error) {
	out := map[quad.Value][]quad.Quad{}
	for _, p := range preds {
		qs, err := QuadsWith(ctx, r.qs, d, v, p, limit)
		if err != nil {
			return nil, err
		}
		if len(qs) > 0 {
			out[p] = qs
		}
	}
	return out, nil
}

func (r *cayleyReader) Newest(ctx context.Context, d quad.Direction, v, p quad.Value, n int) ([]quad.Quad, int, error) {
	return r.s.Newest(ctx, r.qs, d, v, p, n)
}

// boltReader reads the bbolt buckets of Cayley's kv store (version 2 of
// its layout, as the pinned Cayley writes it): "sp" and "ops" map index
// keys (8-byte big-endian node IDs) to uvarint lists of quad IDs; "log"
// maps an ID to a proto.Primitive, a quad or a node with its value; and
// "v" + the first two bytes of a value's hash map the hash to its node ID.
type boltReader struct {
	s       *Store
	qs      *ckv.QuadStore
	sp, ops *bbolt.Bucket
	log     *bbolt.Bucket
	tx      *bbolt.Tx
	ids     map[quad.Value]uint64
	values  map[uint64]quad.Value
}

func newBoltReader(tx *bbolt.Tx, s *Store, qs *ckv.QuadStore) *boltReader {
	return &boltReader{s: s, qs: qs, tx: tx,
		sp: tx.Bucket([]byte("sp")), ops: tx.Bucket([]byte("ops")), log: tx.Bucket([]byte("log")),
		ids: map[quad.Value]uint64{}, values: map[uint64]quad.Value{}}
}

// id returns the node ID of v, 0 when v is not in the store.
func (r *boltReader) id(v quad.Value) uint64 {
	if id, ok := r.ids[v]; ok {
		return id
	}
	h := refs.HashOf(v)
	var id uint64
	if b := r.tx.Bucket([]byte{'v', h[0], h[1]}); b != nil {
		if raw := b.Get(h[:]); raw != nil {
			id, _ = binary.Uvarint(raw)
		}
	}
	r.ids[v] = id
	return id
}

// primitive reads entry id of the log; nil when it is missing.
func (r *boltReader) primitive(id uint64) (*cproto.Primitive, error) {
	var key [8]byte
	binary.BigEndian.PutUint64(key[:], id)
	raw := r.log.Get(key[:])
	if raw == nil {
		return nil, nil
	}
	p := &cproto.Primitive{}
	if err := proto.Unmarshal(raw, p); err != nil {
		return nil, fmt.Errorf("log entry %d: %w", id, err)
	}
	return p, nil
}

// value returns the value of node id.
func (r *boltReader) value(id uint64) (quad.Value, error) {
	if id == 0 {
		return nil, nil
	}
	if v, ok := r.values[id]; ok {
		return v, nil
	}
	p, err := r.primitive(id)
	if err != nil || p == nil {
		return nil, err
	}
	v, err := pquads.UnmarshalValue(p.Value)
	if err != nil {
		return nil, fmt.Errorf("node %d: %w", id, err)
	}
	r.values[id] = v
	return v, nil
}

// quad reads a quad primitive's values.
func (r *boltReader) quad(p *cproto.Primitive) (quad.Quad, error) {
	var q quad.Quad
	var err error
	if q.Subject, err = r.value(p.Subject); err != nil {
		return q, err
	}
	if q.Predicate, err = r.value(p.Predicate); err != nil {
		return q, err
	}
	if q.Object, err = r.value(p.Object); err != nil {
		return q, err
	}
	q.Label, err = r.value(p.Label)
	return q, err
}

func (r *boltReader) QuadsWith(ctx context.Context, d quad.Direction, v, p quad.Value, limit int) ([]quad.Quad, error) {
	bucket := r.sp
	if d == quad.Object {
		bucket = r.ops
	} else if d != quad.Subject {
		return QuadsWith(ctx, r.qs, d, v, p, limit)
	}
	id := r.id(v)
	if id == 0 || bucket == nil || r.log == nil {
		return nil, nil
	}
	prefix := binary.BigEndian.AppendUint64(nil, id)
	if p != nil {
		pid := r.id(p)
		if pid == 0 {
			return nil, nil
		}
		prefix = binary.BigEndian.AppendUint64(prefix, pid)
	}
	var out []quad.Quad
	c := bucket.Cursor()
	for k, val := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, val = c.Next() {
		var err error
		if out, err = r.appendLive(out, val, limit); err != nil {
			return nil, err
		}
		if limit > 0 && len(out) >= limit {
			return out, nil
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// QuadsWithAny walks the keys of v's index range once: the keys start with
// v's ID and then a predicate's, sorted, so it reads the quads of wanted
// predicates and seeks past the others, never reading their quads.
func (r *boltReader) QuadsWithAny(ctx context.Context, d quad.Direction, v quad.Value, preds []quad.Value, limit int) (map[quad.Value][]quad.Quad, error) {
	bucket := r.sp
	if d == quad.Object {
		bucket = r.ops
	} else if d != quad.Subject {
		return (&cayleyReader{s: r.s, qs: r.qs}).QuadsWithAny(ctx, d, v, preds, limit)
	}
	out := map[quad.Value][]quad.Quad{}
	id := r.id(v)
	if id == 0 || bucket == nil || r.log == nil {
		return out, nil
	}
	want := map[uint64]quad.Value{}
	for _, p := range preds {
		if pid := r.id(p); pid != 0 {
			want[pid] = p
		}
	}
	prefix := binary.BigEndian.AppendUint64(nil, id)
	c := bucket.Cursor()
	k, val := c.Seek(prefix)
	for k != nil && bytes.HasPrefix(k, prefix) && len(k) >= 16 {
		pid := binary.BigEndian.Uint64(k[8:16])
		p, ok := want[pid]
		if !ok || len(out[p]) >= limit && limit > 0 {
			// Skip every key of this predicate.
			k, val = c.Seek(successor(k[:16]))
			continue
		}
		var err error
		if out[p], err = r.appendLive(out[p], val, limit); err != nil {
			return nil, err
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		k, val = c.Next()
	}
	return out, nil
}

// appendLive appends to out the live quads of an index value (a list of
// quad IDs), oldest first, until out holds limit (when limit > 0).
func (r *boltReader) appendLive(out []quad.Quad, val []byte, limit int) ([]quad.Quad, error) {
	ids, err := decodeIDs(val)
	if err != nil {
		return nil, err
	}
	for _, qid := range ids {
		if limit > 0 && len(out) >= limit {
			break
		}
		prim, err := r.primitive(qid)
		if err != nil {
			return nil, err
		}
		if prim == nil || prim.Deleted {
			continue
		}
		q, err := r.quad(prim)
		if err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	return out, nil
}

// Lookup names one read of a Batcher: the quads with V in direction D
// (Subject or Object) and predicate P (not nil). With Newest it is
// Reader.Newest (the newest N, N > 0, oldest first, and how many there
// are); else it is Reader.QuadsWith (at most N when N > 0). NoTotal says
// a Newest lookup's count is not wanted (Found.Total is then 0): counting
// a hub's range costs as much as reading it.
type Lookup struct {
	D       quad.Direction
	V, P    quad.Value
	N       int
	Newest  bool
	NoTotal bool
}

// Found is the answer to one Lookup: its quads and, for a Newest lookup,
// how many there are in all.
type Found struct {
	Quads []quad.Quad
	Total int
}

// QuadsWithEach answers each of ls (N as QuadsWith's limit; Newest is not
// read) in order: in one round trip on a Batcher, one lookup at a time on
// other Readers.
func QuadsWithEach(ctx context.Context, r Reader, ls []Lookup) ([][]quad.Quad, error) {
	out := make([][]quad.Quad, len(ls))
	if b, ok := r.(Batcher); ok && len(ls) > 0 {
		found, err := b.Lookups(ctx, ls)
		if err != nil {
			return nil, err
		}
		for i, f := range found {
			out[i] = f.Quads
		}
		return out, nil
	}
	for i, l := range ls {
		qs, err := r.QuadsWith(ctx, l.D, l.V, l.P, l.N)
		if err != nil {
			return nil, err
		}
		out[i] = qs
	}
	return out, nil
}

// Batcher is a Reader that answers many lookups in a few round trips: the
// PostgreSQL Reader, where each statement is a round trip to the server.
// Its answers are those of the single lookups. Readers over local stores
// (bolt, memory) are not Batchers: a lookup there costs no round trip, and
// callers read lazily, only what an answer shows.
type Batcher interface {
	Reader
	// Lookups answers each of ls, in order.
	Lookups(ctx context.Context, ls []Lookup) ([]Found, error)
}
