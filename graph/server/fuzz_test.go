package server

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"
)

// FuzzServeHTTP sends arbitrary requests to every handler of a writable
// server (with its token, so writes are exercised too), under a short
// timeout and small limits: no request may panic, hang past its deadline
// or answer /api/ with anything but JSON.
func FuzzServeHTTP(f *testing.F) {
	for _, seed := range []struct{ method, target, body string }{
		{"POST", "/api/v2/query?lang=gizmo", `g.V("<ng:person/claudia-sheinbaum>").Out().All()`},
		{"POST", "/api/v2/query?lang=graphql", `{ nodes(id: "<ng:person/claudia-sheinbaum>") { id } }`},
		{"POST", "/api/v2/query?lang=mql", `[{"id": null, "<schema:name>": null}]`},
		{"GET", "/api/v2/query?lang=gizmo&qu=g.V().Count()", ""},
		{"POST", "/api/v1/shape/gizmo", `g.V().Out("<ng:saidBy>")`},
		{"POST", "/api/v2/write", "<ng:person/f> <schema:name> \"F\" <ng:article/f> .\n"},
		{"POST", "/api/v2/delete", "<ng:person/f> <schema:name> \"F\" <ng:article/f> .\n"},
		{"POST", "/api/v2/node/delete", "<ng:person/f>"},
		{"GET", "/api/v2/read?sub=<ng:person/claudia-sheinbaum>", ""},
		{"GET", "/api/entity?name=Sheinbaum", ""},
		{"GET", "/health", ""},
		{"GET", "/?token=x", ""},
		{"GET", "/static/js/../../../etc/passwd", ""},
		{"POST", "/api/v2/query?lang=gizmo", `while (true) {}`},
	} {
		f.Add(seed.method, seed.target, seed.body)
	}
	store := seedStore(f)
	extra := http.NewServeMux()
	extra.HandleFunc("GET /api/entity", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"name": r.URL.Query().Get("name")})
	})
	var once sync.Once
	var srv *Server
	f.Fuzz(func(t *testing.T, method, target, body string) {
		once.Do(func() {
			srv = mustNew(t, store, Options{Writable: true, Token: testToken, QueryTimeout: 200 * time.Millisecond, Extra: extra,
				Limits: Limits{QueryBody: 4 << 10, WriteBody: 4 << 10, Result: 64 << 10, Memory: 64 << 20}})
		})
		if len(body) > 8<<10 || len(target) > 1<<10 {
			return
		}
		if !strings.HasPrefix(target, "/") || strings.ContainsAny(target, " \t\r\n#") {
			return
		}
		if _, err := url.ParseRequestURI(target); err != nil {
			return // Not a request a client could send.
		}
		switch method {
		case "GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS":
		default:
			return
		}
		req := httptest.NewRequest(method, target, strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+testToken)
		rec := httptest.NewRecorder()
		done := make(chan struct{})
		go func() { srv.ServeHTTP(rec, req); close(done) }()
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			t.Fatalf("%s %s did not answer within 30 s (timeout 200 ms)", method, target)
		}
		if rec.Code < 100 || rec.Code > 599 {
			t.Fatalf("%s %s: status %d", method, target, rec.Code)
		}
		if strings.HasPrefix(req.URL.Path, "/api/") && method != "HEAD" && rec.Body.Len() > 0 && !json.Valid(rec.Body.Bytes()) {
			t.Fatalf("%s %s = %d, not JSON: %.200q", method, target, rec.Code, rec.Body.String())
		}
	})
}
