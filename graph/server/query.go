package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/graphql"
	chttp "github.com/cayleygraph/cayley/server/http"

	"github.com/newsgraph/newsgraph/graph"
)

// readBody reads a request's whole body, at most limit bytes: a longer
// body is an error wrapping errBodyLarge (413), never cut short. Bodies are
// read before any store lock is taken, so a client that sends slowly holds
// nothing but its own connection.
func readBody(r *http.Request, limit int64) ([]byte, error) {
	if r.Body == nil {
		return nil, nil
	}
	defer r.Body.Close()
	b, err := io.ReadAll(io.LimitReader(r.Body, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read body: %w", err)
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", errBodyLarge, limit)
	}
	return b, nil
}

// queryContext derives a request's query context: stopped by the client
// going away, by the server's timeout (cause errTimeout) and by stop (the
// watchdog's, with its own cause).
func (s *Server) queryContext(r *http.Request) (ctx context.Context, stop context.CancelCauseFunc, cancel func()) {
	ctx, stop = context.WithCancelCause(r.Context())
	if s.opts.QueryTimeout <= 0 {
		return ctx, stop, func() { stop(nil) }
	}
	tctx, tcancel := context.WithTimeoutCause(ctx, s.opts.QueryTimeout, errTimeout)
	return tctx, stop, func() { tcancel(); stop(nil) }
}

// serveQuery runs POST/GET /api/v2/query?lang=gizmo|graphql|mql as Cayley's
// handler does, with the server's bounds: the body is read (at most
// QueryBody bytes) before the store is touched; the query waits for a
// slot in the scripts lane; it runs under the timeout, the watchdog's
// memory budget and a bound on the size of its results, and stops when the
// client goes away.
//
// Answers are Cayley's: {"result": rows} ({"data": …} for GraphQL), or
// {"error": "…"}. For the Cayley UI, which asks for application/ld+json and
// shows only {"result": rows}, MQL is collated as JSON (it has no JSON-LD
// collation) and GraphQL's data becomes {"result": rows}, with the rows'
// "source" and "target" node ids as {"@id": …} as the Visualize tab wants.
func (s *Server) serveQuery(w http.ResponseWriter, r *http.Request) {
	lang := r.URL.Query().Get("lang")
	switch {
	case lang == "":
		writeError(w, http.StatusBadRequest, errors.New("query language not specified (lang=gizmo, graphql or mql)"))
		return
	case !languageKnown(lang):
		writeError(w, http.StatusBadRequest, fmt.Errorf("unknown query language %q", lang))
		return
	}
	var text string
	switch r.Method {
	case http.MethodGet:
		text = r.URL.Query().Get("qu")
	case http.MethodPost:
		b, err := readBody(r, s.limits.QueryBody)
		if err != nil {
			writeStop(w, err, s.opts.QueryTimeout)
			return
		}
		text = string(b)
	default:
		writeError(w, http.StatusMethodNotAllowed, fmt.Errorf("%s /api/v2/query: use GET or POST", r.Method))
		return
	}
	if strings.TrimSpace(text) == "" {
		writeError(w, http.StatusBadRequest, errors.New("query is empty"))
		return
	}
	forUI := acceptsJSONLD(r.Header)

	ctx, done, ok := s.startScript(w, r, 0)
	if !ok {
		return
	}
	defer done()

	var body []byte
	err := s.store.ViewQuery(ctx, func(qs cgraph.QuadStore) error {
		var err error
		body, err = s.runQuery(ctx, qs, lang, text, forUI)
		return err
	})
	if cause := context.Cause(ctx); cause != nil && err != nil {
		err = cause
	}
	switch {
	case err == nil:
	case errors.Is(err, context.Canceled):
		return // The client went away: nobody to answer.
	default:
		writeStop(w, err, s.opts.QueryTimeout)
		return
	}
	ct := "application/json"
	if forUI && lang == "gizmo" {
		ct = "application/ld+json"
	}
	w.Header().Set("Content-Type", ct)
	w.WriteHeader(http.StatusOK)
	w.Write(body)
}

// startScript readies a script (a query or a shape request) to run: its
// context (the query timeout, or fallback when there is none), a slot in
// the scripts lane, the watchdog's eye. When !ok the request was answered
// (503, or the client left); else the caller must call done.
func (s *Server) startScript(w http.ResponseWriter, r *http.Request, fallback time.Duration) (ctx context.Context, done func(), ok bool) {
	ctx, stop, cancel := s.queryContext(r)
	if s.opts.QueryTimeout <= 0 && fallback > 0 {
		var cancelFallback context.CancelFunc
		ctx, cancelFallback = context.WithTimeoutCause(ctx, fallback, errTimeout)
		prev := cancel
		cancel = func() { cancelFallback(); prev() }
	}
	release, err := s.scripts.enter(ctx, stop)
	if err != nil {
		cancel()
		writeStop(w, err, s.opts.QueryTimeout)
		return nil, nil, false
	}
	unwatch := s.watchdog.watch(stop)
	return ctx, func() { unwatch(); release(); cancel() }, true
}

// runQuery runs one query and returns its encoded answer.
func (s *Server) runQuery(ctx context.Context, qs cgraph.QuadStore, lang, text string, forUI bool) ([]byte, error) {
	if lang == "graphql" {
		return s.runGraphQL(ctx, qs, text, forUI)
	}
	col := query.JSON
	if forUI && lang == "gizmo" {
		col = query.JSONLD
	}
	if lang == "gizmo" {
		text = sandboxPrelude + text
	}
	l := query.GetLanguage(lang)
	it, err := l.Session(qs).Execute(ctx, text, query.Options{Collation: col, Limit: s.opts.QueryLimit})
	if err != nil {
		return nil, err
	}
	defer graph.CloseQuery(lang, it)
	rows := resultWriter{limit: s.limits.Result}
	for it.Next(ctx) {
		v := it.Result()
		if forUI && lang == "mql" {
			v = withNodeRefs(v)
		}
		if err := rows.add(v); err != nil {
			return nil, err
		}
		if s.opts.QueryLimit > 0 && rows.n >= s.opts.QueryLimit {
			break
		}
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	if err := context.Cause(ctx); err != nil {
		return nil, err
	}
	if forUI && rows.n == 0 {
		return []byte("{\"result\":[]}\n"), nil // The UI iterates over the result.
	}
	return rows.close(), nil
}

// runGraphQL runs a GraphQL query: Cayley's answer is {"data": …}, or
// {"errors": [{"message": …}]} with 400.
func (s *Server) runGraphQL(ctx context.Context, qs cgraph.QuadStore, text string, forUI bool) ([]byte, error) {
	q, err := graphql.Parse(strings.NewReader(text))
	if err != nil {
		return nil, err
	}
	data, err := q.Execute(ctx, qs)
	if err != nil {
		return nil, err
	}
	if err := context.Cause(ctx); err != nil {
		return nil, err
	}
	var v any = map[string]any{"data": data}
	if forUI {
		// Cayley's GraphQL answer holds typed slices and maps; its JSON
		// gives the plain []any and map[string]any the rows are read from.
		var plain any
		if b, err := marshal(data); err != nil {
			return nil, err
		} else if err := json.Unmarshal(b, &plain); err != nil {
			return nil, err
		}
		rows := graphQLRows(plain)
		for i, row := range rows {
			rows[i] = withNodeRefs(row)
		}
		if rows == nil {
			rows = []any{}
		}
		v = map[string]any{"result": rows}
	}
	b, err := marshal(v)
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > s.limits.Result {
		return nil, fmt.Errorf("%w: more than %d bytes of JSON", errResult, s.limits.Result)
	}
	return b, nil
}

// resultWriter encodes {"result": [rows…]} row by row, refusing to grow
// past limit bytes.
type resultWriter struct {
	buf   bytes.Buffer
	n     int
	limit int64
}

func (w *resultWriter) add(v any) error {
	b, err := marshal(v)
	if err != nil {
		return err
	}
	if int64(w.buf.Len()+len(b)) > w.limit {
		return fmt.Errorf("%w: more than %d bytes of JSON after %d results (ask for fewer)", errResult, w.limit, w.n)
	}
	if w.n == 0 {
		w.buf.WriteString(`{"result":[`)
	} else {
		w.buf.WriteByte(',')
	}
	w.buf.Write(bytes.TrimRight(b, "\n"))
	w.n++
	return nil
}

// close ends the document; no rows is {"result":null}, as Cayley answers.
func (w *resultWriter) close() []byte {
	if w.n == 0 {
		return []byte("{\"result\":null}\n")
	}
	w.buf.WriteString("]}\n")
	return w.buf.Bytes()
}

// marshal encodes v as JSON without HTML escaping, as Cayley does.
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// acceptsJSONLD reports whether the client's preferred answer is JSON-LD,
// as the Cayley UI asks.
func acceptsJSONLD(h http.Header) bool {
	specs := chttp.ParseAccept(h, "Accept")
	return len(specs) > 0 && specs[0].Value == "application/ld+json"
}

// withNodeRefs gives a row's "source" and "target" as the Visualize tab
// reads them.
func withNodeRefs(row any) any {
	if m, ok := row.(map[string]any); ok {
		for _, k := range []string{"source", "target"} {
			if v, ok := m[k]; ok {
				m[k] = asNodeRef(v)
			}
		}
	}
	return row
}

// graphQLRows lists a GraphQL answer's rows: the objects of its only
// top-level field, or the whole answer as one row when it has several.
func graphQLRows(data any) []any {
	m, ok := data.(map[string]any)
	if !ok || len(m) != 1 {
		if data == nil {
			return nil
		}
		return []any{data}
	}
	for _, v := range m {
		switch v := v.(type) {
		case nil:
			return nil
		case []any:
			return v
		default:
			return []any{v}
		}
	}
	return nil
}

// asNodeRef gives a node id as the UI's Visualize tab reads it: an IRI
// "<x>" or an object {"id": "<x>"} becomes {"@id": "x"}.
func asNodeRef(v any) any {
	switch v := v.(type) {
	case string:
		return map[string]any{"@id": strings.TrimSuffix(strings.TrimPrefix(v, "<"), ">")}
	case map[string]any:
		if _, ok := v["@id"]; ok {
			return v
		}
		if id, ok := v["id"].(string); ok {
			return map[string]any{"@id": strings.TrimSuffix(strings.TrimPrefix(id, "<"), ">")}
		}
	case []any:
		if len(v) > 0 {
			return asNodeRef(v[0])
		}
	}
	return v
}
