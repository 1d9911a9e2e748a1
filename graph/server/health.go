package server

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/graph"
)

// Health is the answer of GET /health. Its store figures are cached: they
// are at most HealthMaxAge old (fresher after a write through the server).
type Health struct {
	Status       string      `json:"status"` // "ok", or "error" with Error set.
	Error        string      `json:"error,omitempty"`
	Backend      string      `json:"backend"`
	Quads        int64       `json:"quads"`
	Articles     int64       `json:"articles"`
	CountedAt    time.Time   `json:"counted_at"`
	ReadOnly     bool        `json:"read_only"`
	QueryTimeout string      `json:"query_timeout"` // "0s" means none.
	QueryLimit   int         `json:"query_limit"`
	Languages    []string    `json:"languages"`
	UIAssets     AssetStatus `json:"ui_assets"`
	Load         Load        `json:"load"`
}

// Load is what the server is doing now.
type Load struct {
	Scripts        int   `json:"scripts_running"`
	ScriptsQueued  int64 `json:"scripts_queued"`
	Questions      int   `json:"questions_running"`
	QuestionsQueue int64 `json:"questions_queued"`
	Refused        int64 `json:"refused_busy"`       // 503s since start.
	Overtime       int64 `json:"stopped_overtime"`   // 429s since start: long queries with no overtime slot.
	MemoryStops    int64 `json:"stopped_for_memory"` // Scripts stopped by the memory budget since start.
}

// HealthMaxAge is how old /health's store figures may be.
const HealthMaxAge = 5 * time.Second

// healthCache keeps the store's figures for /health: a request never waits
// for a count; a stale cache is refreshed in the background, one refresh at
// a time.
type healthCache struct {
	store *graph.Store

	mu         sync.Mutex
	st         graph.Stats
	err        error
	at         time.Time
	refreshing bool
}

func newHealthCache(store *graph.Store) *healthCache {
	h := &healthCache{store: store}
	h.refresh()
	return h
}

// get returns the cached figures, starting a refresh when they are stale.
func (h *healthCache) get() (graph.Stats, time.Time, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if time.Since(h.at) > HealthMaxAge && !h.refreshing {
		h.refreshing = true
		go h.refresh()
	}
	return h.st, h.at, h.err
}

// invalidate asks for a refresh after a write.
func (h *healthCache) invalidate() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.refreshing {
		h.refreshing = true
		go h.refresh()
	}
}

func (h *healthCache) refresh() {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	st, err := h.store.Summary(ctx)
	h.mu.Lock()
	defer h.mu.Unlock()
	h.st, h.err, h.at, h.refreshing = st, err, time.Now(), false
}

func (s *Server) serveHealth(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		writeError(w, http.StatusMethodNotAllowed, fmt.Errorf("%s /health: use GET", r.Method))
		return
	}
	st, at, err := s.health.get()
	h := Health{
		Status:       "ok",
		Backend:      s.store.Backend(),
		Quads:        st.Quads,
		Articles:     st.Articles,
		CountedAt:    at,
		ReadOnly:     !s.opts.Writable,
		QueryTimeout: s.opts.QueryTimeout.String(),
		QueryLimit:   s.opts.QueryLimit,
		Languages:    []string{"gizmo", "graphql", "mql"},
		UIAssets:     s.assets,
		Load: Load{
			Scripts:        s.scripts.running(),
			ScriptsQueued:  s.scripts.queued.Load(),
			Questions:      s.questions.running(),
			QuestionsQueue: s.questions.queued.Load(),
			Refused:        s.scripts.refused.Load() + s.questions.refused.Load(),
			Overtime:       s.scripts.stopped.Load() + s.questions.stopped.Load(),
			MemoryStops:    s.watchdog.stopped.Load(),
		},
	}
	code := http.StatusOK
	if err != nil {
		h.Status, h.Error, code = "error", err.Error(), http.StatusServiceUnavailable
	}
	writeJSON(w, code, h)
}
