package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo"   // registers "gizmo"
	_ "github.com/cayleygraph/cayley/query/graphql" // registers "graphql"
	_ "github.com/cayleygraph/cayley/query/mql"     // registers "mql"
	chttp "github.com/cayleygraph/cayley/server/http"
	_ "github.com/cayleygraph/quad/nquads" // N-Quads for /api/v2/write, /delete and /read
	"github.com/julienschmidt/httprouter"

	"github.com/newsgraph/newsgraph/graph"
)

// DefaultQueryLimit is the result limit when Options.QueryLimit is 0
// (Cayley's own default).
const DefaultQueryLimit = 100

// ErrReadOnly is the answer to a write on a read-only server.
var ErrReadOnly = errors.New("database is read-only (serve --writable allows writes)")

// Options configure a server. The zero value is a read-only server with no
// query timeout and Cayley's default result limit.
type Options struct {
	// Writable enables POST /api/v2/write, /api/v2/delete and
	// /api/v2/node/delete (the UI's Write tab). Off, they answer 403: a
	// server is read-only unless told otherwise.
	Writable bool
	// QueryTimeout bounds each query (0: none beyond the client's request).
	QueryTimeout time.Duration
	// QueryLimit bounds the results of one query (0: DefaultQueryLimit).
	QueryLimit int
	// Extra serves the /api/ paths the server does not own itself
	// (newsgraph's own endpoints, e.g. graph/ask's handler). It must take
	// the store's lock itself, through the Store's methods.
	Extra http.Handler
}

// Server is the HTTP face of a store. It implements http.Handler.
type Server struct {
	store  *graph.Store
	opts   Options
	qs     cgraph.QuadStore
	api    *chttp.APIv2
	router *httprouter.Router
	ui     http.Handler
	assets AssetStatus
}

// New returns the handler serving store: Cayley's API v2 under /api/v2/,
// the shape endpoint, /health, opts.Extra under /api/ and the Cayley UI at
// the root.
func New(store *graph.Store, opts Options) http.Handler {
	s := &Server{store: store, opts: opts, assets: Assets()}
	// The quad store is only used by handlers that run under the store's
	// lock (see ServeHTTP); View just hands it over.
	_ = store.View(func(qs cgraph.QuadStore) error { s.qs = qs; return nil })
	s.router = httprouter.New()
	s.api = chttp.NewBoundAPIv2(&cgraph.Handle{QuadStore: s.qs, QuadWriter: newDedupWriter(s.qs)}, s.router)
	s.api.SetReadOnly(!opts.Writable)
	s.api.SetQueryTimeout(opts.QueryTimeout)
	if opts.QueryLimit == 0 {
		opts.QueryLimit = DefaultQueryLimit
		s.opts.QueryLimit = DefaultQueryLimit
	}
	s.api.SetQueryLimit(opts.QueryLimit)
	uh, err := newUIHandler(s.assets)
	if err != nil {
		s.ui = errorHandler(http.StatusInternalServerError, err)
	} else {
		s.ui = uh
	}
	return s
}

// Assets reports where the UI served by s loads its editor and icons from.
func (s *Server) Assets() AssetStatus { return s.assets }

// writePaths are Cayley's endpoints that change the store.
var writePaths = map[string]bool{
	"/api/v2/write":       true,
	"/api/v2/delete":      true,
	"/api/v2/node/delete": true,
}

// ServeHTTP routes a request, taking the store's lock around every handler
// that uses the quad store directly: shared for queries and reads,
// exclusive for writes.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p := r.URL.Path
	switch {
	case p == "/health":
		s.serveHealth(w, r)
	case writePaths[p]:
		if !s.opts.Writable {
			writeError(w, http.StatusForbidden, ErrReadOnly)
			return
		}
		_ = s.store.Update(func(cgraph.QuadStore) error { s.router.ServeHTTP(w, r); return nil })
	case p == "/api/v2/query":
		s.serveQuery(w, r)
	case strings.HasPrefix(p, "/api/v2/"):
		_ = s.store.View(func(cgraph.QuadStore) error { s.router.ServeHTTP(w, r); return nil })
	case strings.HasPrefix(p, shapePrefix):
		s.serveShape(w, r)
	case strings.HasPrefix(p, "/api/") && s.opts.Extra != nil:
		s.opts.Extra.ServeHTTP(&jsonErrors{ResponseWriter: w, r: r}, r)
	case strings.HasPrefix(p, "/api/"):
		writeError(w, http.StatusNotFound, fmt.Errorf("no endpoint %s %s", r.Method, p))
	default:
		s.ui.ServeHTTP(w, r)
	}
}

// Health is the answer of GET /health.
type Health struct {
	Status       string      `json:"status"` // "ok", or "error" with Error set.
	Error        string      `json:"error,omitempty"`
	Backend      string      `json:"backend"`
	Quads        int64       `json:"quads"`
	Articles     int64       `json:"articles"`
	ReadOnly     bool        `json:"read_only"`
	QueryTimeout string      `json:"query_timeout"` // "0s" means none.
	QueryLimit   int         `json:"query_limit"`
	Languages    []string    `json:"languages"`
	UIAssets     AssetStatus `json:"ui_assets"`
}

func (s *Server) serveHealth(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		writeError(w, http.StatusMethodNotAllowed, fmt.Errorf("%s /health: use GET", r.Method))
		return
	}
	h := Health{
		Status:       "ok",
		Backend:      s.store.Backend(),
		ReadOnly:     !s.opts.Writable,
		QueryTimeout: s.opts.QueryTimeout.String(),
		QueryLimit:   s.opts.QueryLimit,
		Languages:    []string{"gizmo", "graphql", "mql"},
		UIAssets:     s.assets,
	}
	ctx, cancel := context.WithTimeout(r.Context(), 10*time.Second)
	defer cancel()
	st, err := s.store.Summary(ctx)
	code := http.StatusOK
	if err != nil {
		h.Status, h.Error, code = "error", err.Error(), http.StatusServiceUnavailable
	}
	h.Quads, h.Articles = st.Quads, st.Articles
	writeJSON(w, code, h)
}

// serveQuery runs POST/GET /api/v2/query through Cayley's handler, under
// the shared lock, adapting two languages to the UI, which asks for
// application/ld+json and shows only {"result": …} or {"error": …}:
// MQL has no JSON-LD collation ("unsupported collation: 3"), so it is asked
// for JSON; GraphQL answers {"data": …}, which becomes {"result": rows}.
// Other clients get Cayley's answers unchanged.
func (s *Server) serveQuery(w http.ResponseWriter, r *http.Request) {
	lang := r.URL.Query().Get("lang")
	forUI := acceptsJSONLD(r.Header)
	if !forUI || (lang != "mql" && lang != "graphql") {
		_ = s.store.View(func(cgraph.QuadStore) error { s.router.ServeHTTP(w, r); return nil })
		return
	}
	r2 := r.Clone(r.Context())
	r2.Header.Set("Accept", "application/json")
	var buf bufferedResponse
	_ = s.store.View(func(cgraph.QuadStore) error { s.router.ServeHTTP(&buf, r2); return nil })
	code, body := adaptForUI(lang, buf.code(), buf.body.Bytes())
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	w.Write(body)
}

// acceptsJSONLD reports whether the client's preferred answer is JSON-LD,
// as the Cayley UI asks.
func acceptsJSONLD(h http.Header) bool {
	specs := chttp.ParseAccept(h, "Accept")
	return len(specs) > 0 && specs[0].Value == "application/ld+json"
}

// adaptForUI turns an MQL or GraphQL answer into the {"result": [rows]} the
// UI shows (an array, since the Visualize tab iterates over it), with the
// rows' "source" and "target" node ids given as {"@id": …} as the
// Visualize tab expects.
func adaptForUI(lang string, code int, body []byte) (int, []byte) {
	var ans struct {
		Result any `json:"result"`
		Data   any `json:"data"`
		Error  any `json:"error"`
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(body, &ans); err != nil {
		return http.StatusBadGateway, errorJSON(fmt.Errorf("%s answer is not JSON: %v", lang, err))
	}
	switch {
	case ans.Error != nil:
		return code, body
	case len(ans.Errors) > 0:
		msgs := make([]string, len(ans.Errors))
		for i, e := range ans.Errors {
			msgs[i] = e.Message
		}
		return http.StatusBadRequest, errorJSON(errors.New(strings.Join(msgs, "; ")))
	}
	var rows []any
	if lang == "graphql" {
		rows = graphQLRows(ans.Data)
	} else if list, ok := ans.Result.([]any); ok {
		rows = list
	} else if ans.Result != nil {
		rows = []any{ans.Result}
	}
	if rows == nil {
		rows = []any{}
	}
	for _, row := range rows {
		if m, ok := row.(map[string]any); ok {
			for _, k := range []string{"source", "target"} {
				if v, ok := m[k]; ok {
					m[k] = asNodeRef(v)
				}
			}
		}
	}
	out, err := json.Marshal(map[string]any{"result": rows})
	if err != nil {
		return http.StatusInternalServerError, errorJSON(err)
	}
	return http.StatusOK, append(out, '\n')
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

// jsonErrors turns the plain-text 404 and 405 answers of a ServeMux (for
// paths and methods the Extra handler does not know) into JSON errors, so
// every /api/ answer is JSON.
type jsonErrors struct {
	http.ResponseWriter
	r        *http.Request
	replaced bool
}

func (j *jsonErrors) WriteHeader(code int) {
	if (code == http.StatusNotFound || code == http.StatusMethodNotAllowed) &&
		!strings.HasPrefix(j.Header().Get("Content-Type"), "application/json") {
		j.replaced = true
		j.Header().Del("X-Content-Type-Options")
		writeError(j.ResponseWriter, code, fmt.Errorf("no endpoint %s %s", j.r.Method, j.r.URL.Path))
		return
	}
	j.ResponseWriter.WriteHeader(code)
}

func (j *jsonErrors) Write(b []byte) (int, error) {
	if j.replaced {
		return len(b), nil
	}
	return j.ResponseWriter.Write(b)
}

// bufferedResponse collects a handler's answer so it can be adapted.
type bufferedResponse struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (b *bufferedResponse) Header() http.Header {
	if b.header == nil {
		b.header = http.Header{}
	}
	return b.header
}
func (b *bufferedResponse) Write(p []byte) (int, error) { return b.body.Write(p) }
func (b *bufferedResponse) WriteHeader(code int) {
	if b.status == 0 {
		b.status = code
	}
}
func (b *bufferedResponse) code() int {
	if b.status == 0 {
		return http.StatusOK
	}
	return b.status
}

// writeJSON answers v as JSON with status code.
func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}

func errorJSON(err error) []byte {
	b, _ := json.Marshal(map[string]string{"error": err.Error()})
	return append(b, '\n')
}

// writeError answers {"error": "..."} with status code.
func writeError(w http.ResponseWriter, code int, err error) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	w.Write(errorJSON(err))
}

func errorHandler(code int, err error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { writeError(w, code, err) })
}

// languageKnown reports whether lang is a registered Cayley query language.
func languageKnown(lang string) bool { return query.GetLanguage(lang) != nil }
