package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/schema"
)

const seedArticle = "00-seed-mexico-us-cartels"

// seedStore opens a bolt file in a temp dir and loads the bundled seed
// article with its gold extraction (hand-checked and stable; the extractor
// is tested in its own package).
func seedStore(tb testing.TB) *graph.Store {
	tb.Helper()
	s, err := graph.Open(filepath.Join(tb.TempDir(), "seed.db"))
	if err != nil {
		tb.Fatalf("graph.Open: %v", err)
	}
	tb.Cleanup(func() { s.Close() })
	a, err := loaders.ReadFile(filepath.Join("..", "..", "data", "articles", seedArticle+".txt"))
	if err != nil {
		tb.Fatalf("read seed: %v", err)
	}
	b, err := os.ReadFile(filepath.Join("..", "..", "data", "eval", seedArticle+".gold.json"))
	if err != nil {
		tb.Fatalf("read gold: %v", err)
	}
	var x schema.Extraction
	if err := json.Unmarshal(b, &x); err != nil {
		tb.Fatalf("parse gold: %v", err)
	}
	if _, err := s.ReplaceArticle(context.Background(), schema.ArticleIRI(a.ID), schema.Quads(a, x)); err != nil {
		tb.Fatalf("load seed: %v", err)
	}
	return s
}

func newTestServer(tb testing.TB, opts Options) (*httptest.Server, *graph.Store) {
	tb.Helper()
	store := seedStore(tb)
	ts := httptest.NewServer(mustNew(tb, store, opts))
	tb.Cleanup(ts.Close)
	return ts, store
}

type answer struct {
	code   int
	ct     string
	body   []byte
	header http.Header
}

func do(tb testing.TB, method, url, accept, body string) answer {
	tb.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		tb.Fatalf("NewRequest: %v", err)
	}
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatalf("%s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		tb.Fatalf("read %s: %v", url, err)
	}
	return answer{code: resp.StatusCode, ct: resp.Header.Get("Content-Type"), body: b}
}

func decode(tb testing.TB, a answer) map[string]any {
	tb.Helper()
	var m map[string]any
	if err := json.Unmarshal(a.body, &m); err != nil {
		tb.Fatalf("answer is not a JSON object: %v\n%s", err, a.body)
	}
	return m
}

// ids collects the sorted values of key in result rows ({"id": "<x>"} or
// {"@id": "x"} forms alike).
func ids(rows []any, key string) []string {
	var out []string
	for _, r := range rows {
		m, ok := r.(map[string]any)
		if !ok {
			continue
		}
		switch v := m[key].(type) {
		case string:
			out = append(out, v)
		case map[string]any:
			if id, ok := v["@id"].(string); ok {
				out = append(out, id)
			}
		}
	}
	sort.Strings(out)
	return out
}

func TestQuery(t *testing.T) {
	ts, _ := newTestServer(t, Options{QueryTimeout: 10 * time.Second})
	for _, tt := range []struct {
		name, lang, accept, query string
		key                       string   // field of each result row to collect
		want                      []string // sorted, or nil to check wantErr
		wantErr                   string   // substring of {"error": …}
	}{
		{
			name: "gizmo people holding a role in Mexico's government", lang: "gizmo", key: "id",
			query: `g.V("<ng:government/mexico>").In("<ng:of>").In("<ng:holds>").Unique().All()`,
			want:  []string{"<ng:person/claudia-sheinbaum>", "<ng:person/felipe-calderon>"},
		},
		{
			name: "gizmo who said what, as the UI asks", lang: "gizmo", accept: "application/ld+json", key: "source",
			query: `g.V("<ng:person/claudia-sheinbaum>").Tag("source").In("<ng:saidBy>").Tag("target").Limit(1).All()`,
			want:  []string{"ng:person/claudia-sheinbaum"},
		},
		{
			name: "mql as the UI asks (JSON-LD is not an MQL collation)", lang: "mql", accept: "application/ld+json", key: "id",
			query: `[{"id": "<ng:person/claudia-sheinbaum>", "<schema:name>": null}]`,
			want:  []string{"<ng:person/claudia-sheinbaum>"},
		},
		{
			name: "mql plain", lang: "mql", key: "id",
			query: `[{"id": "<ng:person/claudia-sheinbaum>", "<schema:name>": null}]`,
			want:  []string{"<ng:person/claudia-sheinbaum>"},
		},
		{
			name: "graphql as the UI asks: result rows", lang: "graphql", accept: "application/ld+json", key: "id",
			query: `{ nodes(id: "<ng:person/claudia-sheinbaum>") { id name: <schema:name> } }`,
			want:  []string{"ng:person/claudia-sheinbaum"},
		},
		{
			name: "gizmo syntax error", lang: "gizmo", accept: "application/ld+json",
			query: `g.V(`, wantErr: "SyntaxError",
		},
		{
			name: "graphql error as the UI asks", lang: "graphql", accept: "application/ld+json",
			query: `{ nodes(`, wantErr: "Syntax Error",
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := do(t, "POST", ts.URL+"/api/v2/query?lang="+tt.lang, tt.accept, tt.query)
			m := decode(t, a)
			if tt.wantErr != "" {
				msg, _ := m["error"].(string)
				if a.code != http.StatusBadRequest || !strings.Contains(msg, tt.wantErr) {
					t.Fatalf("POST %s: %d %s, want 400 with error containing %q", tt.lang, a.code, a.body, tt.wantErr)
				}
				return
			}
			rows, ok := m["result"].([]any)
			if a.code != http.StatusOK || !ok {
				t.Fatalf("POST %s = %d %s, want 200 {\"result\": [rows]}", tt.lang, a.code, a.body)
			}
			got := ids(rows, tt.key)
			if tt.lang == "graphql" {
				// GraphQL rows carry their id as "id"; the UI's form is for source/target.
				got = nil
				for _, r := range rows {
					if id, ok := r.(map[string]any)["id"].(string); ok {
						got = append(got, strings.Trim(id, "<>"))
					}
				}
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("POST %s %q: %s = %v, want %v\n%s", tt.lang, tt.query, tt.key, got, tt.want, a.body)
			}
		})
	}
}

func TestVisualizeRowsForEveryLanguage(t *testing.T) {
	ts, _ := newTestServer(t, Options{})
	for _, tt := range []struct{ lang, query string }{
		{"gizmo", `g.V("<ng:person/claudia-sheinbaum>").Tag("source").In("<ng:saidBy>").Tag("target").All()`},
		{"graphql", `{ nodes(<ng:saidBy>: "<ng:person/claudia-sheinbaum>") { target: id source: <ng:saidBy> { id } } }`},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			a := do(t, "POST", ts.URL+"/api/v2/query?lang="+tt.lang, "application/ld+json", tt.query)
			rows, _ := decode(t, a)["result"].([]any)
			if a.code != http.StatusOK || len(rows) == 0 {
				t.Fatalf("POST %s = %d %s, want rows", tt.lang, a.code, a.body)
			}
			for _, r := range rows {
				m := r.(map[string]any)
				src, _ := m["source"].(map[string]any)
				dst, _ := m["target"].(map[string]any)
				if src["@id"] != "ng:person/claudia-sheinbaum" || !strings.HasPrefix(dst["@id"].(string), "ng:statement/") {
					t.Errorf("%s row %v: want source {\"@id\": Sheinbaum} and target {\"@id\": a statement}", tt.lang, r)
				}
			}
		})
	}
}

func TestUI(t *testing.T) {
	ts, _ := newTestServer(t, Options{})
	index := do(t, "GET", ts.URL+"/", "", "")
	if index.code != http.StatusOK || !bytes.Contains(index.body, []byte(`<div id="root">`)) {
		t.Fatalf("GET / = %d, want the UI's index.html\n%.300s", index.code, index.body)
	}
	scripts := regexp.MustCompile(`src="(/static/js/[^"]+\.js)"`).FindAllSubmatch(index.body, -1)
	css := regexp.MustCompile(`href="(/static/css/[^"]+\.css)"`).FindAllSubmatch(index.body, -1)
	if len(scripts) < 2 || len(css) < 1 {
		t.Fatalf("index.html names %d scripts and %d stylesheets, want the bundle's", len(scripts), len(css))
	}
	st := Assets()
	for _, m := range append(scripts, css...) {
		p := string(m[1])
		a := do(t, "GET", ts.URL+p, "", "")
		if a.code != http.StatusOK || len(a.body) == 0 {
			t.Fatalf("GET %s = %d", p, a.code)
		}
		for _, bad := range []string{"localhost:64210"} {
			if n := bytes.Count(a.body, []byte(bad)); n != 0 {
				t.Errorf("GET %s: %d occurrences of %s left", p, n, bad)
			}
		}
		if st.Offline {
			for _, cdn := range []string{"cdn.jsdelivr.net", "fonts.googleapis.com"} {
				if bytes.Contains(a.body, []byte(cdn)) {
					t.Errorf("GET %s: still loads from %s though the assets are embedded", p, cdn)
				}
			}
		}
	}
	if st.Offline {
		for _, p := range []string{localMonacoLoader, localIconsCSS, AssetsPrefix + "material-icons/iconfont/material-icons.woff2"} {
			if a := do(t, "GET", ts.URL+p, "", ""); a.code != http.StatusOK || len(a.body) == 0 {
				t.Errorf("GET %s = %d, want the embedded asset", p, a.code)
			}
		}
	} else {
		t.Logf("UI assets not embedded (%s): checked the CDN fallback only", FetchHint)
	}
	if os.Getenv("CI") == "true" && !st.Offline {
		t.Errorf("CI=true but the UI assets are not embedded: .ci/run must fetch them")
	}
}

func TestWrite(t *testing.T) {
	const nq = "<ng:person/test-writer> <schema:name> \"Test Writer\" <ng:article/hand-written> .\n"
	for _, tt := range []struct {
		name     string
		writable bool
		wantCode int
	}{
		{"read-only by default", false, http.StatusForbidden},
		{"writable", true, http.StatusOK},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ts, store := newTestServer(t, Options{Writable: tt.writable, Token: testToken})
			before, err := store.Stats(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			for _, ep := range []string{"/api/v2/write", "/api/v2/write", "/api/v2/delete"} {
				a := send(t, "POST", ts.URL+ep, nq, "Authorization", "Bearer "+testToken)
				if a.code != tt.wantCode {
					t.Fatalf("POST %s = %d %s, want %d", ep, a.code, a.body, tt.wantCode)
				}
				if ep != "/api/v2/write" || !tt.writable {
					continue
				}
				q := do(t, "POST", ts.URL+"/api/v2/query?lang=gizmo", "", `g.V("<ng:person/test-writer>").Out("<schema:name>").All()`)
				if !bytes.Contains(q.body, []byte("Test Writer")) {
					t.Errorf("after POST %s the quad is not there: %s", ep, q.body)
				}
			}
			after, err := store.Stats(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			// Write, write again (a no-op, not a refcount bump), delete: back where we were.
			if after.Quads != before.Quads || after.Nodes != before.Nodes {
				t.Errorf("stats after write, rewrite, delete = %+v, want %+v", after, before)
			}
		})
	}
}

func TestHealth(t *testing.T) {
	ts, _ := newTestServer(t, Options{QueryLimit: 7})
	a := do(t, "GET", ts.URL+"/health", "", "")
	var h Health
	if err := json.Unmarshal(a.body, &h); err != nil || a.code != http.StatusOK {
		t.Fatalf("GET /health = %d %s (%v)", a.code, a.body, err)
	}
	if h.Status != "ok" || h.Backend != graph.BackendBolt || h.Quads == 0 || h.Articles != 1 ||
		!h.ReadOnly || h.QueryLimit != 7 || h.UIAssets != Assets() {
		t.Errorf("GET /health = %+v, want ok, bbolt, quads, 1 article, read-only, limit 7, assets %+v", h, Assets())
	}
}

func TestRoutes(t *testing.T) {
	extra := http.NewServeMux() // as graph/ask's handler is
	extra.HandleFunc("GET /api/entity", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"extra": r.URL.Path})
	})
	ts, _ := newTestServer(t, Options{Extra: extra})
	for _, tt := range []struct {
		method, path string
		wantCode     int
		wantBody     string
	}{
		{"GET", "/api/entity", http.StatusOK, `"extra": "/api/entity"`},
		{"GET", "/api/nope", http.StatusNotFound, `{"error":"no endpoint GET /api/nope"}`},
		{"POST", "/api/entity", http.StatusMethodNotAllowed, `{"error":"no endpoint POST /api/entity"}`},
		{"GET", "/api/v2/formats", http.StatusOK, `"nquads"`},
		{"GET", "/api/v2/read?sub=<ng:person/claudia-sheinbaum>&pred=<schema:name>", http.StatusOK, `"Claudia Sheinbaum"`},
		{"POST", "/api/v2/query", http.StatusBadRequest, `query language not specified`},
		{"POST", "/api/v2/query?lang=sparql", http.StatusBadRequest, `unknown query language`},
		{"GET", "/nope.js", http.StatusNotFound, ``},
		{"POST", "/health", http.StatusMethodNotAllowed, `use GET`},
	} {
		a := do(t, tt.method, ts.URL+tt.path, "", "")
		if a.code != tt.wantCode || !strings.Contains(string(a.body), tt.wantBody) {
			t.Errorf("%s %s = %d %.200s, want %d containing %q", tt.method, tt.path, a.code, a.body, tt.wantCode, tt.wantBody)
		}
	}
}

// TestConcurrentWritesAndQueries hammers a writable memory store (which has
// no locking of its own) with writes and queries at once; run under -race
// it shows the server's locking covers Cayley's handlers. Its grace is long
// so that on a loaded machine a slow query is not moved to overtime and
// stopped with 429: the lanes are tested apart (guard_test.go).
func TestConcurrentWritesAndQueries(t *testing.T) {
	store, err := graph.Open(graph.BackendMemory)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	opts := Options{Writable: true, Token: testToken, QueryTimeout: 10 * time.Second, Limits: Limits{Grace: 10 * time.Second}}
	ts := httptest.NewServer(mustNew(t, store, opts))
	defer ts.Close()
	const writers, readers, each = 4, 4, 25
	errc := make(chan error, writers+readers)
	for w := 0; w < writers; w++ {
		go func(w int) {
			for i := 0; i < each; i++ {
				nq := fmt.Sprintf("<ng:person/w%d> <ng:knows> <ng:person/n%d-%d> <ng:article/w%d> .\n", w, w, i, w)
				req, _ := http.NewRequest("POST", ts.URL+"/api/v2/write", strings.NewReader(nq))
				req.Header.Set("Content-Type", "application/n-quads")
				req.Header.Set("Authorization", "Bearer "+testToken)
				resp, err := http.DefaultClient.Do(req)
				if err != nil {
					errc <- err
					return
				}
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					errc <- fmt.Errorf("write %d/%d: status %d", w, i, resp.StatusCode)
					return
				}
			}
			errc <- nil
		}(w)
	}
	for r := 0; r < readers; r++ {
		go func() {
			for i := 0; i < each; i++ {
				resp, err := http.Post(ts.URL+"/api/v2/query?lang=gizmo", "text/plain",
					strings.NewReader(`g.V().Out("<ng:knows>").Count()`))
				if err != nil {
					errc <- err
					return
				}
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					errc <- fmt.Errorf("query: status %d", resp.StatusCode)
					return
				}
			}
			errc <- nil
		}()
	}
	for i := 0; i < writers+readers; i++ {
		if err := <-errc; err != nil {
			t.Fatal(err)
		}
	}
	st, err := store.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Quads != writers*each {
		t.Errorf("after %d writes the store has %d quads", writers*each, st.Quads)
	}
}
