package server

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// dedupWriter is the quad writer behind the UI's Write tab. It adds only the
// quads the store does not have and removes only those it has, in one
// transaction: re-adding an existing quad with IgnoreDup inflates node
// reference counts on bolt and PostgreSQL, and a delete of a missing quad
// would reject the whole batch. Callers hold the store's exclusive lock.
type dedupWriter struct {
	qs cgraph.QuadStore
}

var _ cgraph.QuadWriter = (*dedupWriter)(nil)

func newDedupWriter(qs cgraph.QuadStore) *dedupWriter { return &dedupWriter{qs: qs} }

func (w *dedupWriter) AddQuad(q quad.Quad) error { return w.AddQuadSet([]quad.Quad{q}) }

func (w *dedupWriter) AddQuadSet(qs []quad.Quad) error {
	tx := cgraph.NewTransaction()
	for _, q := range qs {
		tx.AddQuad(q)
	}
	return w.ApplyTransaction(tx)
}

func (w *dedupWriter) RemoveQuad(q quad.Quad) error {
	tx := cgraph.NewTransaction()
	tx.RemoveQuad(q)
	return w.ApplyTransaction(tx)
}

// ApplyTransaction applies tx's deltas that change the store.
func (w *dedupWriter) ApplyTransaction(tx *cgraph.Transaction) error {
	ctx := context.Background()
	seen := map[string]bool{}
	var deltas []cgraph.Delta
	for _, d := range tx.Deltas {
		if !d.Quad.IsValid() {
			return fmt.Errorf("write: invalid quad %s", d.Quad.NQuad())
		}
		key := d.Quad.NQuad()
		if seen[key] {
			continue
		}
		seen[key] = true
		has, err := w.has(ctx, d.Quad)
		if err != nil {
			return fmt.Errorf("write: %w", err)
		}
		if (d.Action == cgraph.Add) != has {
			deltas = append(deltas, d)
		}
	}
	if len(deltas) == 0 {
		return nil
	}
	if err := w.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{}); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}

// has reports whether the store holds q (label included).
func (w *dedupWriter) has(ctx context.Context, q quad.Quad) (bool, error) {
	ref, err := w.qs.ValueOf(q.Subject)
	if err != nil || ref == nil {
		return false, err
	}
	it := w.qs.QuadIterator(quad.Subject, ref).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		got, err := w.qs.Quad(it.Result())
		if err != nil {
			return false, err
		}
		if got.NQuad() == q.NQuad() {
			return true, nil
		}
	}
	return false, it.Err()
}

// RemoveNode removes every quad that has v in any position.
func (w *dedupWriter) RemoveNode(v quad.Value) error {
	ctx := context.Background()
	ref, err := w.qs.ValueOf(v)
	if err != nil {
		return fmt.Errorf("remove node: %w", err)
	}
	if ref == nil {
		return cgraph.ErrNodeNotExists
	}
	tx := cgraph.NewTransaction()
	for _, dir := range []quad.Direction{quad.Subject, quad.Predicate, quad.Object, quad.Label} {
		it := w.qs.QuadIterator(dir, ref).Iterate()
		for it.Next(ctx) {
			q, err := w.qs.Quad(it.Result())
			if err != nil {
				it.Close()
				return fmt.Errorf("remove node: %w", err)
			}
			tx.RemoveQuad(q)
		}
		err := it.Err()
		it.Close()
		if err != nil {
			return fmt.Errorf("remove node: %w", err)
		}
	}
	return w.ApplyTransaction(tx)
}

func (w *dedupWriter) Close() error { return nil }
