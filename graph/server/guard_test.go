package server

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/newsgraph/newsgraph/graph"
)

const testToken = "test-token-0123456789"

func mustNew(tb testing.TB, store *graph.Store, opts Options) *Server {
	tb.Helper()
	s, err := New(store, opts)
	if err != nil {
		tb.Fatalf("New: %v", err)
	}
	return s
}

// send makes a request with headers given as name, value pairs ("Host"
// sets the request's Host).
func send(tb testing.TB, method, url, body string, headers ...string) answer {
	tb.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		tb.Fatalf("NewRequest: %v", err)
	}
	for i := 0; i+1 < len(headers); i += 2 {
		if headers[i] == "Host" {
			req.Host = headers[i+1]
			continue
		}
		req.Header.Set(headers[i], headers[i+1])
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Do(req)
	if err != nil {
		tb.Fatalf("%s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return answer{code: resp.StatusCode, ct: resp.Header.Get("Content-Type"), body: b, header: resp.Header}
}

func TestNewWritableNeedsToken(t *testing.T) {
	if _, err := New(seedStore(t), Options{Writable: true}); !errors.Is(err, ErrNoToken) {
		t.Errorf("New(writable, no token) = %v, want ErrNoToken", err)
	}
}

func TestWriteNeedsOwner(t *testing.T) {
	const labelled = "<ng:person/w> <schema:name> \"W\" <ng:article/by-hand> .\n"
	ts, _ := newTestServer(t, Options{Writable: true, Token: testToken, Limits: Limits{WriteBody: 1024}})
	bearer := "Bearer " + testToken
	for _, tt := range []struct {
		name    string
		path    string
		body    string
		headers []string
		want    int
	}{
		{"no token", "/api/v2/write", labelled, nil, http.StatusUnauthorized},
		{"wrong token", "/api/v2/write", labelled, []string{"Authorization", "Bearer nope"}, http.StatusUnauthorized},
		{"not a bearer token", "/api/v2/write", labelled, []string{"Authorization", "Basic " + testToken}, http.StatusUnauthorized},
		{"token in a wrong cookie", "/api/v2/delete", labelled, []string{"Cookie", TokenCookie + "=nope"}, http.StatusUnauthorized},
		{"owner", "/api/v2/write", labelled, []string{"Authorization", bearer}, http.StatusOK},
		{"owner, no article label", "/api/v2/write", "<ng:person/w> <schema:name> \"W\" .\n", []string{"Authorization", bearer}, http.StatusBadRequest},
		{"owner, label not an article", "/api/v2/write", "<ng:person/w> <schema:name> \"W\" <ng:person/x> .\n", []string{"Authorization", bearer}, http.StatusBadRequest},
		{"owner, broken N-Quads", "/api/v2/write", "<ng:person/w> <schema:name> .\n", []string{"Authorization", bearer}, http.StatusBadRequest},
		{"owner, body over the limit", "/api/v2/write", strings.Repeat(labelled, 40), []string{"Authorization", bearer}, http.StatusRequestEntityTooLarge},
		{"owner, from another site", "/api/v2/write", labelled, []string{"Authorization", bearer, "Origin", "http://evil.example"}, http.StatusForbidden},
		{"owner, cross-site fetch", "/api/v2/write", labelled, []string{"Authorization", bearer, "Sec-Fetch-Site", "cross-site"}, http.StatusForbidden},
		{"owner, rebinding Host", "/api/v2/write", labelled, []string{"Authorization", bearer, "Host", "evil.example:64210"}, http.StatusMisdirectedRequest},
		{"query from another site", "/api/v2/query?lang=gizmo", "g.V().Count()", []string{"Origin", "http://evil.example"}, http.StatusForbidden},
		{"UI through a rebinding Host", "/", "", []string{"Host", "evil.example"}, http.StatusMisdirectedRequest},
		{"UI on localhost", "/", "", []string{"Host", "localhost:64210"}, http.StatusOK},
		{"owner deletes a node", "/api/v2/node/delete", "<ng:person/w>", []string{"Authorization", bearer}, http.StatusOK},
		{"owner deletes a missing node", "/api/v2/node/delete", "<ng:person/none>", []string{"Authorization", bearer}, http.StatusNotFound},
	} {
		t.Run(tt.name, func(t *testing.T) {
			method := "POST"
			if tt.path == "/" {
				method = "GET"
			}
			if a := send(t, method, ts.URL+tt.path, tt.body, tt.headers...); a.code != tt.want {
				t.Errorf("%s %s = %d %s, want %d", method, tt.path, a.code, a.body, tt.want)
			}
		})
	}
}

// TestTokenLogin follows the address serve prints: /?token= sets an
// HttpOnly cookie and sends the browser on without the token; the UI's
// writes then carry the cookie.
func TestTokenLogin(t *testing.T) {
	ts, _ := newTestServer(t, Options{Writable: true, Token: testToken})
	if a := send(t, "GET", ts.URL+"/?token=wrong", ""); a.code != http.StatusForbidden {
		t.Errorf("GET /?token=wrong = %d, want 403", a.code)
	}
	a := send(t, "GET", ts.URL+"/?token="+testToken, "")
	if a.code != http.StatusSeeOther || a.header.Get("Location") != "/" {
		t.Fatalf("GET /?token=right = %d Location %q, want 303 to /", a.code, a.header.Get("Location"))
	}
	cookie := a.header.Get("Set-Cookie")
	for _, want := range []string{TokenCookie + "=" + testToken, "HttpOnly", "SameSite=Strict"} {
		if !strings.Contains(cookie, want) {
			t.Errorf("Set-Cookie %q lacks %q", cookie, want)
		}
	}
	w := send(t, "POST", ts.URL+"/api/v2/write", "<ng:person/c> <schema:name> \"C\" <ng:article/by-hand> .\n",
		"Cookie", TokenCookie+"="+testToken, "Origin", ts.URL)
	if w.code != http.StatusOK {
		t.Errorf("write with the cookie, same origin = %d %s, want 200", w.code, w.body)
	}
}

func TestQueryBounds(t *testing.T) {
	const bomb = `var a = []; while (true) { a.push(new Array(100000).fill(1)) }`
	for _, tt := range []struct {
		name   string
		opts   Options
		query  string
		want   int
		reason string
	}{
		{"body over the limit is refused, not cut", Options{Limits: Limits{QueryBody: 64}},
			"g.V().All()" + strings.Repeat(" ", 100), http.StatusRequestEntityTooLarge, "too large"},
		{"endless loop stops at the timeout", Options{QueryTimeout: 300 * time.Millisecond},
			`while (true) {}`, http.StatusRequestTimeout, "stopped after 300ms"},
		{"endless iteration stops at the timeout", Options{QueryTimeout: 300 * time.Millisecond},
			`while (true) { g.V().Out().Count() }`, http.StatusRequestTimeout, "stopped after"},
		{"memory bomb stops at the budget", Options{QueryTimeout: time.Minute, Limits: Limits{Memory: 64 << 20}},
			bomb, http.StatusUnprocessableEntity, "memory budget"},
		{"strings bomb stops at the budget", Options{QueryTimeout: time.Minute, Limits: Limits{Memory: 64 << 20}},
			`var s = []; while (true) { s.push("x".repeat(1 << 16) + s.length) }`, http.StatusUnprocessableEntity, "memory budget"},
		{"one native call filling a huge array", Options{QueryTimeout: time.Minute},
			`new Array(4e9).fill(0)`, http.StatusBadRequest, "over the limit"},
		{"one native call repeating a string", Options{QueryTimeout: time.Minute},
			`"x".repeat(1e10)`, http.StatusBadRequest, "over the limit"},
		{"one native call joining a huge string", Options{QueryTimeout: time.Minute},
			`var s = "x".repeat(1 << 20); var a = []; for (var i = 0; i < 1000; i++) a.push(s); a.join("")`, http.StatusBadRequest, "over the limit"},
		{"the guards cannot be undone", Options{QueryTimeout: time.Minute},
			`Array.prototype.fill = function () {}; delete Array.prototype.fill; new Array(4e9).fill(0)`, http.StatusBadRequest, "over the limit"},
		{"no binary buffers", Options{QueryTimeout: time.Minute},
			`new Uint8Array(1e9)`, http.StatusBadRequest, "not defined"},
		{"catastrophic regular expression", Options{QueryTimeout: 300 * time.Millisecond},
			`g.Emit(/(a+)+$/.test("a".repeat(40) + "b"))`, http.StatusOK, "false"},
		{"catastrophic backreference", Options{QueryTimeout: 300 * time.Millisecond},
			`g.Emit(/^(a+)+\1b/.test("a".repeat(40)))`, http.StatusBadRequest, "backreferences"},
		{"catastrophic lookahead in a string method", Options{QueryTimeout: 300 * time.Millisecond},
			`g.Emit("a".repeat(40).replace(/^(?=(a+)+b)/, "x"))`, http.StatusBadRequest, "lookaround"},
		{"plain regular expressions still work", Options{QueryTimeout: time.Minute},
			`g.Emit("Sheinbaum said".replace(/s(a)id/, "$1").split(/\s+/))`, http.StatusOK, "Sheinbaum"},
		{"results over the limit", Options{Limits: Limits{Result: 200}},
			`g.V().All()`, http.StatusUnprocessableEntity, "results are too large"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ts, _ := newTestServer(t, tt.opts)
			a := send(t, "POST", ts.URL+"/api/v2/query?lang=gizmo", tt.query)
			if a.code != tt.want || !strings.Contains(string(a.body), tt.reason) {
				t.Errorf("query = %d %s, want %d with %q", a.code, a.body, tt.want, tt.reason)
			}
			waitIdle(t, ts.URL)
			if q := send(t, "POST", ts.URL+"/api/v2/query?lang=gizmo", `g.V("<ng:article/00-seed-mexico-us-cartels>").All()`); q.code != http.StatusOK {
				t.Errorf("next query = %d %s, want 200", q.code, q.body)
			}
		})
	}
}

// waitIdle waits until /health reports no script running: a stopped
// query must really stop, not run on after its answer.
func waitIdle(tb testing.TB, base string) {
	tb.Helper()
	var h Health
	for range 200 {
		a := send(tb, "GET", base+"/health", "")
		if err := json.Unmarshal(a.body, &h); err != nil {
			tb.Fatalf("health: %v %s", err, a.body)
		}
		if h.Load.Scripts == 0 {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	tb.Fatalf("a script still runs 10 s after its answer: %+v", h.Load)
}

// TestClientGoneStopsQuery: with no timeout, a query stops when its client
// goes away.
func TestClientGoneStopsQuery(t *testing.T) {
	ts, _ := newTestServer(t, Options{})
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, "POST", ts.URL+"/api/v2/query?lang=gizmo", strings.NewReader(`while (true) {}`))
	done := make(chan error, 1)
	go func() {
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			resp.Body.Close()
		}
		done <- err
	}()
	for range 200 { // Wait until it runs.
		var h Health
		json.Unmarshal(send(t, "GET", ts.URL+"/health", "").body, &h)
		if h.Load.Scripts == 1 {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("client: %v, want canceled", err)
	}
	waitIdle(t, ts.URL)
}

// TestBusy: with one slot and one place in the queue, a third query at
// once gets 503 with Retry-After, and a question (another lane) still runs.
func TestBusy(t *testing.T) {
	extra := http.NewServeMux()
	extra.HandleFunc("GET /api/entity", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"ok": "yes"})
	})
	ts, _ := newTestServer(t, Options{QueryTimeout: 2 * time.Second, Extra: extra,
		Limits: Limits{Scripts: 1, Queue: 1, QueueWait: 10 * time.Second, Grace: time.Minute}})
	var wg sync.WaitGroup
	codes := make(chan int, 2)
	for range 2 {
		wg.Go(func() {
			codes <- send(t, "POST", ts.URL+"/api/v2/query?lang=gizmo", `while (true) {}`).code
		})
	}
	for range 200 { // Wait until one runs and one waits.
		var h Health
		json.Unmarshal(send(t, "GET", ts.URL+"/health", "").body, &h)
		if h.Load.Scripts == 1 && h.Load.ScriptsQueued == 1 {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	a := send(t, "POST", ts.URL+"/api/v2/query?lang=gizmo", `g.V().Count()`)
	if a.code != http.StatusServiceUnavailable || a.header.Get("Retry-After") == "" {
		t.Errorf("third query = %d (Retry-After %q) %s, want 503 with Retry-After", a.code, a.header.Get("Retry-After"), a.body)
	}
	if q := send(t, "GET", ts.URL+"/api/entity?name=x", ""); q.code != http.StatusOK {
		t.Errorf("question while scripts are busy = %d %s, want 200", q.code, q.body)
	}
	wg.Wait()
	close(codes)
	for c := range codes {
		if c != http.StatusRequestTimeout {
			t.Errorf("busy query ended %d, want 408", c)
		}
	}
}

// TestOvertime: a query that outlives its grace moves to the one overtime
// slot, freeing its own for short queries; a second long one, finding
// overtime taken, is stopped with 429 long before the deadline.
func TestOvertime(t *testing.T) {
	ts, _ := newTestServer(t, Options{QueryTimeout: 3 * time.Second,
		Limits: Limits{Scripts: 1, Overtime: 1, Grace: 100 * time.Millisecond}})
	first := make(chan answer, 1)
	go func() { first <- send(t, "POST", ts.URL+"/api/v2/query?lang=gizmo", `while (true) {}`) }()
	for range 200 { // Wait until it is in overtime.
		var h Health
		json.Unmarshal(send(t, "GET", ts.URL+"/health", "").body, &h)
		if h.Load.Scripts == 1 {
			time.Sleep(200 * time.Millisecond)
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if a := send(t, "POST", ts.URL+"/api/v2/query?lang=gizmo", `g.V("<ng:person/claudia-sheinbaum>").All()`); a.code != http.StatusOK {
		t.Errorf("short query while a long one is in overtime = %d %s, want 200", a.code, a.body)
	}
	second := send(t, "POST", ts.URL+"/api/v2/query?lang=gizmo", `while (true) {}`)
	if second.code != http.StatusTooManyRequests || second.header.Get("Retry-After") == "" {
		t.Errorf("second long query = %d %s, want 429 with Retry-After", second.code, second.body)
	}
	if a := <-first; a.code != http.StatusRequestTimeout {
		t.Errorf("first long query = %d %s, want 408 at the deadline", a.code, a.body)
	}
}

// TestQuestionTimeout: newsgraph's own endpoints run under the timeout too.
func TestQuestionTimeout(t *testing.T) {
	extra := http.NewServeMux()
	extra.HandleFunc("GET /api/path", func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done() // A question that never finishes by itself.
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": r.Context().Err().Error()})
	})
	ts, _ := newTestServer(t, Options{QueryTimeout: 200 * time.Millisecond, Extra: extra})
	a := send(t, "GET", ts.URL+"/api/path?from=a&to=b", "")
	if a.code != http.StatusRequestTimeout || !strings.Contains(string(a.body), "stopped after 200ms") {
		t.Errorf("slow question = %d %s, want 408", a.code, a.body)
	}
}

// TestHealthCached: /health answers from its cache while a write holds the
// store, instead of waiting to count.
func TestHealthCached(t *testing.T) {
	ts, store := newTestServer(t, Options{})
	held := make(chan struct{})
	release := make(chan struct{})
	go store.Update(func(_ cgraph.QuadStore) error { close(held); <-release; return nil })
	<-held
	defer close(release)
	a := send(t, "GET", ts.URL+"/health", "")
	var h Health
	if err := json.Unmarshal(a.body, &h); err != nil || a.code != http.StatusOK || h.Articles != 1 {
		t.Errorf("health while the store is locked = %d %s, want 200 with 1 article", a.code, a.body)
	}
}
