package server

import (
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
// query timeout, Cayley's default result limit and DefaultLimits.
type Options struct {
	// Writable enables POST /api/v2/write, /api/v2/delete and
	// /api/v2/node/delete (the UI's Write tab), for requests that carry
	// Token. Off, they answer 403: a server is read-only unless told
	// otherwise.
	Writable bool
	// Token is the secret a write must carry (Authorization: Bearer, or the
	// cookie set by opening /?token=…). A writable server needs one.
	Token string
	// AllowRemote accepts requests addressed to any IP literal, not only
	// loopback; AllowedHosts lists host names accepted besides localhost.
	// Other Host headers are refused (DNS rebinding).
	AllowRemote  bool
	AllowedHosts []string
	// QueryTimeout bounds each query and question (0: none beyond the
	// client's request).
	QueryTimeout time.Duration
	// QueryLimit bounds the results of one query (0: DefaultQueryLimit).
	QueryLimit int
	// Limits bound concurrency, bodies, results and memory.
	Limits Limits
	// Extra serves the /api/ paths the server does not own itself
	// (newsgraph's own endpoints, e.g. graph/ask's handler). It must take
	// the store's lock itself, through the Store's methods.
	Extra http.Handler
	// Load serves POST /api/load on a writable server, for requests that
	// carry Token: articles in the body, written by the handler (which
	// takes the store's lock itself, batch by batch). `newsgraph load`
	// sends its articles there while a writable serve holds the store.
	Load http.Handler
}

// Server is the HTTP face of a store. It implements http.Handler.
type Server struct {
	store     *graph.Store
	opts      Options
	limits    Limits
	scripts   *lane // Cayley's query languages, shapes and reads.
	questions *lane // newsgraph's own /api/ endpoints.
	watchdog  *watchdog
	health    *healthCache
	router    *httprouter.Router
	ui        http.Handler
	assets    AssetStatus
}

// ErrNoToken is New's answer to a writable server without a token.
var ErrNoToken = errors.New("a writable server needs a token (Options.Token)")

// New returns the handler serving store: Cayley's API v2 under /api/v2/,
// the shape endpoint, /health, opts.Extra under /api/ and the Cayley UI at
// the root.
func New(store *graph.Store, opts Options) (*Server, error) {
	if opts.Writable && opts.Token == "" {
		return nil, ErrNoToken
	}
	if opts.QueryLimit == 0 {
		opts.QueryLimit = DefaultQueryLimit
	}
	limits := opts.Limits.withDefaults()
	s := &Server{
		store:     store,
		opts:      opts,
		limits:    limits,
		scripts:   newLane("scripts", limits, limits.Scripts, limits.Grace),
		questions: newLane("questions", limits, limits.Questions, 0),
		watchdog:  newWatchdog(limits.Memory),
		health:    newHealthCache(store),
		assets:    Assets(),
	}
	// Cayley's handlers serve the read-only parts of API v2 (/read,
	// /formats, namespace rules); they run under the store's lock (see
	// ServeHTTP), so View just hands the quad store over.
	var qs cgraph.QuadStore
	_ = store.View(func(q cgraph.QuadStore) error { qs = q; return nil })
	s.router = httprouter.New()
	api := chttp.NewBoundAPIv2(&cgraph.Handle{QuadStore: qs, QuadWriter: newDedupWriter(qs)}, s.router)
	api.SetReadOnly(true) // Writes are served by serveWrite.
	api.SetQueryLimit(opts.QueryLimit)
	uh, err := newUIHandler(s.assets)
	if err != nil {
		s.ui = errorHandler(http.StatusInternalServerError, err)
	} else {
		s.ui = uh
	}
	return s, nil
}

// Assets reports where the UI served by s loads its editor and icons from.
func (s *Server) Assets() AssetStatus { return s.assets }

// writePaths are Cayley's endpoints that change the store.
var writePaths = map[string]bool{
	"/api/v2/write":       true,
	"/api/v2/delete":      true,
	"/api/v2/node/delete": true,
	LoadPath:              true,
}

// LoadPath is where a writable server takes articles to load.
const LoadPath = "/api/load"

// ServeHTTP checks where a request comes from, then routes it: writes need
// the token; queries, reads, shapes and questions wait for a slot in their
// lane and run under the query timeout; the store's lock is taken around
// every handler that uses the quad store directly (shared for reads,
// exclusive for writes), never while a body is still being read.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !s.hostAllowed(r.Host) {
		writeError(w, http.StatusMisdirectedRequest, fmt.Errorf("host %q is not this server's address", r.Host))
		return
	}
	p := r.URL.Path
	if strings.HasPrefix(p, "/api/") && !sameOrigin(r) {
		writeError(w, http.StatusForbidden, errForeignOrg)
		return
	}
	switch {
	case p == "/health":
		s.serveHealth(w, r)
	case writePaths[p]:
		if !s.opts.Writable {
			writeError(w, http.StatusForbidden, ErrReadOnly)
			return
		}
		if err := s.authorized(r); err != nil {
			writeError(w, http.StatusUnauthorized, err)
			return
		}
		if p != LoadPath {
			s.serveWrite(w, r)
			return
		}
		if s.opts.Load == nil {
			writeError(w, http.StatusNotFound, fmt.Errorf("this server does not load articles"))
			return
		}
		s.opts.Load.ServeHTTP(w, r)
		s.health.invalidate()
	case p == "/api/v2/query":
		s.serveQuery(w, r)
	case strings.HasPrefix(p, "/api/v2/"):
		s.bounded(s.scripts, w, r, func(w http.ResponseWriter, r *http.Request) {
			_ = s.store.View(func(cgraph.QuadStore) error { s.router.ServeHTTP(w, r); return nil })
		})
	case strings.HasPrefix(p, shapePrefix):
		s.serveShape(w, r)
	case strings.HasPrefix(p, "/api/") && s.opts.Extra != nil:
		s.bounded(s.questions, w, r, func(w http.ResponseWriter, r *http.Request) {
			s.opts.Extra.ServeHTTP(&jsonErrors{ResponseWriter: w, r: r}, r)
		})
	case strings.HasPrefix(p, "/api/"):
		writeError(w, http.StatusNotFound, fmt.Errorf("no endpoint %s %s", r.Method, p))
	case p == "/" && r.URL.Query().Has("token"):
		s.serveTokenLogin(w, r)
	default:
		s.ui.ServeHTTP(w, r)
	}
}

// bounded runs h once lane has a slot, under the query timeout; a request
// that waits too long, or finds the queue full, gets 503 with Retry-After,
// one that runs out of time 408, one that overstays with no overtime slot
// free 429.
func (s *Server) bounded(l *lane, w http.ResponseWriter, r *http.Request, h http.HandlerFunc) {
	ctx, stop, cancel := s.queryContext(r)
	defer cancel()
	release, err := l.enter(ctx, stop)
	if err != nil {
		writeStop(w, err, s.opts.QueryTimeout)
		return
	}
	defer release()
	tw := &timeoutWriter{ResponseWriter: w, ctx: ctx, timeout: s.opts.QueryTimeout}
	h(tw, r.WithContext(ctx))
}

// timeoutWriter turns the answer of a handler whose context ran out of
// time into 408, whatever status the handler chose.
type timeoutWriter struct {
	http.ResponseWriter
	ctx     context.Context
	timeout time.Duration
	stopped bool
}

func (t *timeoutWriter) WriteHeader(code int) {
	if cause := context.Cause(t.ctx); code >= 400 && (errors.Is(cause, errTimeout) || errors.Is(cause, errOvertime)) {
		t.stopped = true
		t.Header().Del("Content-Length")
		writeStop(t.ResponseWriter, cause, t.timeout)
		return
	}
	t.ResponseWriter.WriteHeader(code)
}

func (t *timeoutWriter) Write(b []byte) (int, error) {
	if t.stopped {
		return len(b), nil
	}
	return t.ResponseWriter.Write(b)
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
