package server

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
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

// serveWrite answers POST /api/v2/write, /api/v2/delete and
// /api/v2/node/delete, as Cayley's handlers do, for a request already
// authorized: the body (at most WriteBody bytes) is read and parsed before
// the store's lock is taken; written quads must carry an article label
// (ng:article/…), so every hand-written quad says where it came from.
func (s *Server) serveWrite(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		writeError(w, http.StatusMethodNotAllowed, fmt.Errorf("%s %s: use POST", r.Method, r.URL.Path))
		return
	}
	body, err := readBody(r, s.limits.WriteBody)
	if err == nil && strings.EqualFold(r.Header.Get("Content-Encoding"), "gzip") {
		body, err = gunzip(body, s.limits.WriteBody)
	}
	if err != nil {
		writeStop(w, err, 0)
		return
	}
	format := quad.FormatByName("nquads")
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "" {
		if f := quad.FormatByMime(mt); f != nil {
			format = f
		}
	}
	if r.URL.Path == "/api/v2/node/delete" {
		s.serveNodeDelete(w, format, body)
		return
	}
	if format.Reader == nil {
		writeError(w, http.StatusBadRequest, fmt.Errorf("format %s cannot be read", format.Name))
		return
	}
	quads, err := quad.ReadAll(format.Reader(bytes.NewReader(body)))
	if err != nil {
		writeError(w, http.StatusBadRequest, fmt.Errorf("%s: %w", r.URL.Path, err))
		return
	}
	add := r.URL.Path == "/api/v2/write"
	for i, q := range quads {
		if !q.IsValid() {
			writeError(w, http.StatusBadRequest, fmt.Errorf("quad %d: invalid: %s", i+1, q.NQuad()))
			return
		}
		if add && !isArticleLabel(q.Label) {
			writeError(w, http.StatusBadRequest, fmt.Errorf("quad %d: %s: written quads need an article label (<%sarticle/…>) saying where they come from", i+1, strings.TrimSpace(q.NQuad()), schema.Prefix))
			return
		}
	}
	err = s.store.Update(func(qs cgraph.QuadStore) error {
		tx := cgraph.NewTransaction()
		for _, q := range quads {
			if add {
				tx.AddQuad(q)
			} else {
				tx.RemoveQuad(q)
			}
		}
		return newDedupWriter(qs).ApplyTransaction(tx)
	})
	if err != nil {
		writeError(w, http.StatusInternalServerError, err)
		return
	}
	s.health.invalidate()
	verb := "wrote"
	if !add {
		verb = "deleted"
	}
	writeJSON(w, http.StatusOK, map[string]any{"result": fmt.Sprintf("Successfully %s %d quads.", verb, len(quads)), "count": len(quads)})
}

func (s *Server) serveNodeDelete(w http.ResponseWriter, format *quad.Format, body []byte) {
	if format.UnmarshalValue == nil {
		writeError(w, http.StatusBadRequest, fmt.Errorf("format %s cannot read a node", format.Name))
		return
	}
	v, err := format.UnmarshalValue(bytes.TrimSpace(body))
	if err != nil || v == nil {
		writeError(w, http.StatusBadRequest, fmt.Errorf("node/delete: not a node: %q", body))
		return
	}
	err = s.store.Update(func(qs cgraph.QuadStore) error { return newDedupWriter(qs).RemoveNode(v) })
	if errors.Is(err, cgraph.ErrNodeNotExists) {
		writeError(w, http.StatusNotFound, fmt.Errorf("node/delete: no node %s", v))
		return
	}
	if err != nil {
		writeError(w, http.StatusInternalServerError, err)
		return
	}
	s.health.invalidate()
	writeJSON(w, http.StatusOK, map[string]any{"result": "Successfully deleted 1 nodes.", "count": 1})
}

// isArticleLabel reports whether v names an article.
func isArticleLabel(v quad.Value) bool {
	iri, ok := v.(quad.IRI)
	if !ok {
		return false
	}
	for _, base := range []string{schema.Prefix, schema.Namespace} {
		if id, ok := strings.CutPrefix(string(iri), base+"article/"); ok && id != "" {
			return true
		}
	}
	return false
}

// gunzip decompresses a body, refusing more than limit bytes.
func gunzip(b []byte, limit int64) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("gzip body: %w", err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, limit+1))
	if err != nil {
		return nil, fmt.Errorf("gzip body: %w", err)
	}
	if int64(len(out)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes once decompressed", errBodyLarge, limit)
	}
	return out, nil
}
