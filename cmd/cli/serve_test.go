package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestNewServeCmd(t *testing.T) {
	const mab = 2 << 20 // loaders.DefaultMaxArticleBytes
	def := ServeOptions{Addr: DefaultServeAddr, Timeout: 30 * time.Second, Limit: 100, MaxArticleBytes: mab}
	tests := []struct {
		name    string
		args    []string
		want    ServeOptions
		wantErr string
	}{
		{"defaults", nil, def, ""},
		{"flags", []string{"--addr", "localhost:0", "--load", "a.txt", "--load", "dir", "--writable", "--timeout", "2s", "--limit", "7"},
			ServeOptions{Addr: "localhost:0", Load: []string{"a.txt", "dir"}, Writable: true, Timeout: 2 * time.Second, Limit: 7, MaxArticleBytes: mab}, ""},
		{"guards", []string{"--token", "t", "--allowed-host", "news.example", "--query-memory", "64", "--max-article-bytes", "1000"},
			ServeOptions{Addr: DefaultServeAddr, Timeout: 30 * time.Second, Limit: 100, Token: "t", AllowedHost: []string{"news.example"}, QueryMemory: 64, MaxArticleBytes: 1000}, ""},
		{"ipv6 loopback", []string{"--addr", "[::1]:8080"}, ServeOptions{Addr: "[::1]:8080", Timeout: 30 * time.Second, Limit: 100, MaxArticleBytes: mab}, ""},
		{"remote allowed", []string{"--addr", "0.0.0.0:8080", "--allow-remote"},
			ServeOptions{Addr: "0.0.0.0:8080", AllowRemote: true, Timeout: 30 * time.Second, Limit: 100, MaxArticleBytes: mab}, ""},
		{"zero article size", []string{"--max-article-bytes", "0"}, ServeOptions{}, "--max-article-bytes"},
		{"negative query memory", []string{"--query-memory", "-1"}, ServeOptions{}, "--query-memory"},
		{"remote refused", []string{"--addr", ":8080"}, ServeOptions{}, "--allow-remote"},
		{"remote host refused", []string{"--addr", "example.org:80"}, ServeOptions{}, "--allow-remote"},
		{"bad addr", []string{"--addr", "64210"}, ServeOptions{}, "--addr"},
		{"negative limit", []string{"--limit", "-1"}, ServeOptions{}, "--limit"},
		{"arguments", []string{"data"}, ServeOptions{}, "unknown command"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, _, _, _ := NewTestFactory("memory")
			var got *ServeOptions
			cmd := NewServeCmd(f, func(o *ServeOptions) error { got = o; return nil })
			cmd.SetArgs(tt.args)
			cmd.SetOut(f.IO.Out)
			cmd.SetErr(f.IO.ErrOut)
			err := cmd.Execute()
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("serve %v: err = %v, want one mentioning %q", tt.args, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("serve %v: %v", tt.args, err)
			}
			got.Factory = nil
			if diff := cmp.Diff(tt.want, *got); diff != "" {
				t.Errorf("serve %v options (-want +got):\n%s", tt.args, diff)
			}
		})
	}
}

// lockedBuffer is a bytes.Buffer safe to write from the server's goroutine
// while the test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

var servingRE = regexp.MustCompile(`at (http://127\.0\.0\.1:\d+)`)

// runServe starts `newsgraph serve args...` on a fresh bolt store in a temp
// dir, on a free loopback port, and returns its URL, its stderr, and a stop
// function that cancels it and returns its error.
func runServe(t *testing.T, args ...string) (url string, errOut *lockedBuffer, stop func() error) {
	t.Helper()
	return runServeOn(t, filepath.Join(t.TempDir(), "serve.db"), args...)
}

// runServeOn is runServe on the bolt store at db.
func runServeOn(t *testing.T, db string, args ...string) (url string, errOut *lockedBuffer, stop func() error) {
	t.Helper()
	url, _, errOut, stop = runServeOut(t, db, args...)
	return url, errOut, stop
}

// runServeOut is runServeOn that also returns serve's standard output.
func runServeOut(t *testing.T, db string, args ...string) (url string, out, errOut *lockedBuffer, stop func() error) {
	t.Helper()
	f, _, _, _ := NewTestFactory(db)
	out, errOut = &lockedBuffer{}, &lockedBuffer{}
	f.IO.Out, f.IO.ErrOut = out, errOut
	root := NewRootCmd(f)
	root.SetArgs(append([]string{"serve", "--addr", "127.0.0.1:0"}, args...))
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- root.ExecuteContext(ctx) }()
	stopped := false
	stop = func() error {
		if stopped {
			return nil
		}
		stopped = true
		cancel()
		select {
		case err := <-errc:
			return err
		case <-time.After(30 * time.Second):
			t.Fatalf("serve did not stop within 30s of its context being cancelled")
			return nil
		}
	}
	t.Cleanup(func() { _ = stop() })
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if m := servingRE.FindStringSubmatch(out.String()); m != nil {
			return m[1], out, errOut, stop
		}
		select {
		case err := <-errc:
			stopped = true
			t.Fatalf("serve exited early: %v\nstdout: %s\nstderr: %s", err, out, errOut)
		case <-time.After(20 * time.Millisecond):
		}
	}
	t.Fatalf("serve printed no URL; stdout: %s\nstderr: %s", out, errOut)
	return "", nil, nil, nil
}

func httpDo(t *testing.T, method, url, body string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

// TestServeLoadBadPath: serve --load with a path that is not there fails
// before anything is served.
func TestServeLoadBadPath(t *testing.T) {
	f, _, out, errOut := NewTestFactory(filepath.Join(t.TempDir(), "s.db"))
	if code := Main([]string{"serve", "--addr", "127.0.0.1:0", "--load", "/nonexistent/articles"}, f); code == 0 ||
		!strings.Contains(errOut.String(), "/nonexistent/articles") || strings.Contains(out.String(), "serving") {
		t.Errorf("serve --load /nonexistent: exit %d, stdout %q, stderr %q; want a failure naming the path, nothing served", code, out, errOut)
	}
}

func TestServeRun(t *testing.T) {
	url, errOut, stop := runServe(t, "--load", filepath.Join("..", "..", "data", "articles", "00-seed-mexico-us-cartels.txt"))
	if !strings.Contains(errOut.String(), "loaded 1 articles") {
		t.Errorf("stderr = %q, want the load summary", errOut)
	}
	for _, tt := range []struct {
		method, path, body string
		wantCode           int
		want               string
	}{
		{"GET", "/health", "", 200, `"articles": 1`},
		{"GET", "/health", "", 200, `"read_only": true`},
		{"POST", "/api/v2/query?lang=gizmo", `g.V("<ng:person/claudia-sheinbaum>").Out("<schema:name>").All()`, 200, `Claudia Sheinbaum`},
		{"GET", "/api/search?q=Sheinbaum", "", 200, `claudia-sheinbaum`},
		{"POST", "/api/v2/write", `<a> <b> <c> .`, 403, `read-only`},
		{"GET", "/", "", 200, `<div id="root">`},
	} {
		code, body := httpDo(t, tt.method, url+tt.path, tt.body)
		if code != tt.wantCode || !strings.Contains(body, tt.want) {
			t.Errorf("%s %s = %d %.300s, want %d containing %q", tt.method, tt.path, code, body, tt.wantCode, tt.want)
		}
	}
	if err := stop(); err != nil {
		t.Errorf("serve after cancel: %v, want a clean stop", err)
	}
	if !strings.Contains(errOut.String(), "shutting down") {
		t.Errorf("stderr = %q, want it to say it is shutting down", errOut)
	}
	if _, err := http.Get(url + "/health"); err == nil {
		t.Errorf("GET /health after stop succeeded; the listener should be closed")
	}
}

var bearerRE = regexp.MustCompile(`Authorization: Bearer (\S+)`)

// TestServeToken: a writable serve takes its token from --token, else
// $NEWSGRAPH_TOKEN, else makes one and prints it once; writes without it
// are refused.
func TestServeToken(t *testing.T) {
	const quad = "<ng:person/a> <ng:knows> <ng:person/b> <ng:article/by-hand> .\n"
	for _, tt := range []struct {
		name      string
		args      []string
		env       string
		wantToken string // "" means: generated, read from stdout.
	}{
		{"generated", nil, "", ""},
		{"flag", []string{"--token", "from-the-flag"}, "from-env", "from-the-flag"},
		{"environment", nil, "from-env", "from-env"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv(TokenEnv, tt.env)
			url, out, _, _ := runServeOut(t, filepath.Join(t.TempDir(), "serve.db"), append([]string{"--writable"}, tt.args...)...)
			token := tt.wantToken
			if m := bearerRE.FindStringSubmatch(out.String()); tt.wantToken == "" && m != nil {
				token = m[1]
			} else if m != nil {
				t.Errorf("serve printed a token it was given: %q", out)
			}
			if len(token) < 16 && tt.wantToken == "" {
				t.Fatalf("no generated token printed: %q", out)
			}
			if code, body := httpDo(t, "POST", url+"/api/v2/write", quad); code != http.StatusUnauthorized {
				t.Errorf("write without the token = %d %s, want 401", code, body)
			}
			if code, body := httpDoAuth(t, "POST", url+"/api/v2/write", quad, token); code != http.StatusOK {
				t.Errorf("write with the token = %d %s, want 200", code, body)
			}
		})
	}
}

func httpDoAuth(t *testing.T, method, url, body, token string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestServeWritable(t *testing.T) {
	url, _, _ := runServe(t, "--writable", "--limit", "3", "--token", "t0ken")
	code, body := httpDoAuth(t, "POST", url+"/api/v2/write", "<ng:person/a> <ng:knows> <ng:person/b> <ng:article/x> .\n<ng:person/a> <ng:knows> <ng:person/c> <ng:article/x> .\n<ng:person/a> <ng:knows> <ng:person/d> <ng:article/x> .\n<ng:person/a> <ng:knows> <ng:person/e> <ng:article/x> .\n", "t0ken")
	if code != http.StatusOK {
		t.Fatalf("POST /api/v2/write = %d %s", code, body)
	}
	code, body = httpDo(t, "POST", url+"/api/v2/query?lang=gizmo", `g.V("<ng:person/a>").Out("<ng:knows>").All()`)
	var ans struct{ Result []any }
	if err := json.Unmarshal([]byte(body), &ans); err != nil || code != 200 || len(ans.Result) != 3 {
		t.Errorf("query with --limit 3 = %d %s, want 3 of the 4 written", code, body)
	}
}

// TestServeSharesStoreWithCLI checks CLI questions read the bolt store a
// read-only serve is serving (both hold a shared lock), and that a read
// command never creates a store.
func TestServeSharesStoreWithCLI(t *testing.T) {
	db := filepath.Join(t.TempDir(), "shared.db")
	url, _, stop := runServeOn(t, db, "--load", filepath.Join("..", "..", "data", "articles", "00-seed-mexico-us-cartels.txt"))
	for _, args := range [][]string{
		{"entity", "Sheinbaum"},
		{"path", "Marco Rubio", "Claudia Sheinbaum"},
		{"stats"},
	} {
		f, _, out, errOut := NewTestFactory(db)
		if code := Main(args, f); code != 0 {
			t.Errorf("newsgraph %v while serve runs: exit %d: %s", args, code, errOut)
		} else if out.Len() == 0 {
			t.Errorf("newsgraph %v while serve runs printed nothing", args)
		}
	}
	code, body := httpDo(t, "GET", url+"/api/entity?name=Sheinbaum", "")
	if code != 200 {
		t.Errorf("serve after the CLI read its store: %d %s", code, body)
	}
	// The server announced itself beside the store; the CLI asked it and
	// printed its answer.
	b, err := os.ReadFile(db + ".serve")
	if err != nil || !strings.Contains(string(b), url) {
		t.Errorf("announcement %s.serve = %q, %v; want the server's URL", db, b, err)
	}
	f, _, out, _ := NewTestFactory(db)
	if code := Main([]string{"entity", "Sheinbaum", "--json"}, f); code != 0 || out.String() != body {
		t.Errorf("entity --json while serve runs: exit %d, output differs from GET /api/entity", code)
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(db + ".serve"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the announcement outlived the server (stat: %v)", err)
	}
	// A stale announcement (the server is gone) is ignored.
	if err := os.WriteFile(db+".serve", b, 0o644); err != nil {
		t.Fatal(err)
	}
	f, _, out, errOut := NewTestFactory(db)
	if code := Main([]string{"entity", "Sheinbaum", "--json"}, f); code != 0 || out.String() != body {
		t.Errorf("entity --json with a stale announcement: exit %d (%s), output differs from the server's", code, errOut)
	}

	missing := filepath.Join(t.TempDir(), "typo.db")
	f, _, _, errOut = NewTestFactory(missing)
	if code := Main([]string{"entity", "Sheinbaum"}, f); code == 0 || !strings.Contains(errOut.String(), "no store at "+missing) {
		t.Errorf("entity on a missing store: exit %d, stderr %q; want an error naming the path", code, errOut)
	}
	if _, err := os.Stat(missing); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a read command created %s (stat: %v)", missing, err)
	}
}

// TestQuestionsAskAnnouncedServer checks question commands ask the server
// announced beside their store (here one whose answer no store holds), and
// only one on loopback.
func TestQuestionsAskAnnouncedServer(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/health":
			w.Write([]byte(`{"status":"ok"}`))
		case "/api/entity":
			w.Write([]byte(`{"entity":{"iri":"ng:person/from-the-server","name":"From The Server","type":"Person"}}`))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "announced.db")
	for _, tt := range []struct {
		url  string
		want bool // the answer comes from srv
	}{
		{srv.URL, true},
		{strings.Replace(srv.URL, "127.0.0.1", "192.0.2.1", 1), false}, // not loopback: never asked
	} {
		if err := os.WriteFile(db+".serve", []byte(`{"url":"`+tt.url+`"}`), 0o644); err != nil {
			t.Fatal(err)
		}
		f, _, out, errOut := NewTestFactory(db)
		code := Main([]string{"entity", "anyone"}, f)
		if got := strings.Contains(out.String(), "From The Server"); got != tt.want {
			t.Errorf("announced %s: exit %d, stdout %q, stderr %q; want the server's answer: %v", tt.url, code, out, errOut, tt.want)
		}
	}
}

// TestLoadWhileServing: `load` on a store a writable serve holds goes
// through the server, failed records still named by file and line; a
// read-only serve makes load fail with a message saying what to do.
func TestLoadWhileServing(t *testing.T) {
	dir := t.TempDir()
	seed := filepath.Join("..", "..", "data", "articles", "00-seed-mexico-us-cartels.txt")
	broken := filepath.Join(dir, "broken.jsonl")
	if err := os.WriteFile(broken, []byte("{\"id\": \"ok\", \"text\": \"Sheinbaum met Marco Rubio in Mexico City on Tuesday.\"}\n{not json\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	db := filepath.Join(dir, "writable.db")
	url, _, _ := runServeOn(t, db, "--writable", "--token", "t0ken")
	f, _, out, errOut := NewTestFactory(db)
	if code := Main([]string{"load", seed, broken}, f); code != 1 {
		t.Errorf("load through a writable serve: exit %d, want 1 (one bad record)\nstdout: %s\nstderr: %s", code, out, errOut)
	}
	if !strings.Contains(out.String(), "loaded 2 articles") || !strings.Contains(errOut.String(), "broken.jsonl:2") ||
		!strings.Contains(errOut.String(), "loading through the server") {
		t.Errorf("load through a writable serve printed\nstdout: %s\nstderr: %s\nwant 2 articles loaded through the server and broken.jsonl:2 named", out, errOut)
	}
	if code, body := httpDo(t, "GET", url+"/api/entity?name=Sheinbaum", ""); code != http.StatusOK {
		t.Errorf("entity after loading through the server = %d %s", code, body)
	}

	ro := filepath.Join(dir, "readonly.db")
	_, _, _ = runServeOn(t, ro, "--load", seed)
	f, _, _, errOut = NewTestFactory(ro)
	if code := Main([]string{"load", seed}, f); code == 0 || !strings.Contains(errOut.String(), "read-only serve") {
		t.Errorf("load while a read-only serve runs: exit %d, stderr %q; want a failure naming the read-only serve", code, errOut)
	}
}
