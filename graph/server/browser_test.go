package server

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// artifactsDir is where the browser test keeps its screenshots (gitignored).
func artifactsDir(t *testing.T) string {
	dir := os.Getenv("NEWSGRAPH_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join("..", "..", "artifacts")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatalf("artifacts dir: %v", err)
	}
	return dir
}

// browser starts Debian's chromium headless with the flags this machine
// needs (no sandbox as root, no background networking on a closed network).
// Locally the test is skipped when chromium or the offline UI assets are
// missing; under CI=true that is a failure.
func browser(t *testing.T) context.Context {
	t.Helper()
	ci := os.Getenv("CI") == "true"
	bin, err := exec.LookPath("chromium")
	if err != nil {
		if ci {
			t.Fatalf("CI=true and chromium is not installed (.ci/run installs it): %v", err)
		}
		t.Skipf("chromium not installed (apt-get install chromium): %v", err)
	}
	if !Assets().Offline {
		if ci {
			t.Fatalf("CI=true and the UI assets are not embedded: %s", FetchHint)
		}
		t.Skipf("UI assets not embedded, so the UI needs the internet: %s", FetchHint)
	}
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(func() { cancelTimeout(); cancelCtx(); cancelAlloc() })
	return ctx
}

// requestLog records every URL the page asks for, to prove the UI works
// with no internet.
type requestLog struct {
	mu   sync.Mutex
	urls []string
}

func (l *requestLog) foreign(hosts map[string]bool) []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []string
	for _, u := range l.urls {
		p, err := url.Parse(u)
		if err != nil || (p.Scheme != "data" && p.Scheme != "blob" && !hosts[p.Host]) {
			out = append(out, u)
		}
	}
	return out
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// openUIWithQuery loads the UI with lang and query as the editor's last
// query (the UI keeps it in localStorage), opens page ("Query", "Query
// Shape" or "Visualize") and presses Run once the editor has loaded.
func openUIWithQuery(ctx context.Context, base, page, lang, query string) error {
	last := jsString(fmt.Sprintf(`{"text": %s, "language": %q}`, jsString(query), lang))
	item := `[...document.querySelectorAll(".mdc-list-item")].find(e => e.textContent.trim() === ` + jsString(page) + `)`
	steps := []struct {
		what string
		run  func() error
	}{
		{"navigate", func() error { return chromedp.Do(ctx, chromedp.Navigate(base+"/")) }},
		{"set the last query", func() error {
			_, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`localStorage.setItem("LAST_QUERY", `+last+`); true`))
			return err
		}},
		{"reload", func() error { return chromedp.Do(ctx, chromedp.Reload()) }},
		{"find the " + page + " page", func() error {
			_, err := chromedp.Run(ctx, chromedp.Poll[bool](item+` !== undefined`, chromedp.WithPollingTimeout(30*time.Second)))
			return err
		}},
		{"open the " + page + " page", func() error {
			_, err := chromedp.Run(ctx, chromedp.Evaluate[bool](item+`.click(); true`))
			return err
		}},
		// The editor comes from the embedded Monaco; Run needs it mounted.
		{"load the editor", func() error {
			_, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.querySelector("main .monaco-editor .view-lines") !== null && typeof monaco !== "undefined"`,
				chromedp.WithPollingTimeout(60*time.Second)))
			return err
		}},
		{"settle", func() error { return chromedp.Do(ctx, chromedp.Sleep(300*time.Millisecond)) }},
		{"press Run", func() error {
			_, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`[...document.querySelectorAll("main button")].find(b => b.textContent.includes("Run")).click(); true`))
			return err
		}},
	}
	for _, st := range steps {
		if err := st.run(); err != nil {
			return fmt.Errorf("%s: %w", st.what, err)
		}
	}
	return nil
}

// TestBrowserUI drives the Cayley UI served by New in headless chromium,
// with no request leaving the test server: the Visualize tab draws
// Sheinbaum and her statements, and the Query and Query Shape tabs show
// answers for every language the UI offers.
func TestBrowserUI(t *testing.T) {
	ctx := browser(t)
	ts, _ := newTestServer(t, Options{QueryTimeout: 10 * time.Second})
	u, _ := url.Parse(ts.URL)
	hosts := map[string]bool{u.Host: true} // the test servers: the only hosts the UI may ask
	reqs := &requestLog{}
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	err := chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			reqs.mu.Lock()
			reqs.urls = append(reqs.urls, e.Request.URL)
			reqs.mu.Unlock()
		}
	})
	if err != nil {
		t.Fatalf("listen to chromium: %v", err)
	}

	t.Run("Visualize", func(t *testing.T) {
		const recipe = `g.V("<ng:person/claudia-sheinbaum>").Tag("source").In("<ng:saidBy>").Tag("target").All()`
		if err := openUIWithQuery(ctx, ts.URL, "Visualize", "gizmo", recipe); err != nil {
			t.Fatalf("open Visualize: %v", err)
		}
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.querySelectorAll(".graph svg circle").length >= 3`,
			chromedp.WithPollingTimeout(30*time.Second))); err != nil {
			t.Fatalf("Visualize drew nothing: %v", err)
		}
		// Let the force layout settle before the screenshot.
		if err := chromedp.Do(ctx, chromedp.Sleep(2*time.Second)); err != nil {
			t.Fatal(err)
		}
		labels, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll(".graph svg circle + text")].map(e => e.textContent)`))
		if err != nil {
			t.Fatalf("read the drawing: %v", err)
		}
		shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)) // quality 100: PNG
		if err != nil {
			t.Fatalf("screenshot: %v", err)
		}
		out := filepath.Join(artifactsDir(t), "ui-visualize.png")
		if err := os.WriteFile(out, shot, 0o644); err != nil {
			t.Fatalf("write screenshot: %v", err)
		}
		t.Logf("screenshot: %s", out)
		sort.Strings(labels)
		var people, statements int
		for _, l := range labels {
			switch {
			case l == "ng:person/claudia-sheinbaum":
				people++
			case strings.HasPrefix(l, "ng:statement/"):
				statements++
			}
		}
		if people != 1 || statements < 2 || people+statements != len(labels) {
			t.Errorf("Visualize nodes = %q, want Sheinbaum and her (2 or more) statements", labels)
		}
	})

	for _, tt := range []struct {
		lang, query, want string
	}{
		{"gizmo", `g.V("<ng:person/claudia-sheinbaum>").Out("<schema:name>").All()`, `Claudia Sheinbaum`},
		{"graphql", `{ nodes(id: "<ng:person/claudia-sheinbaum>") { id name: <schema:name> } }`, `Claudia Sheinbaum`},
		{"mql", `[{"id": "<ng:person/claudia-sheinbaum>", "<schema:name>": null}]`, `Claudia Sheinbaum`},
	} {
		for _, page := range []struct{ name, want string }{{"Query", tt.want}, {"Query Shape", `"nodes"`}} {
			t.Run(page.name+"/"+tt.lang, func(t *testing.T) {
				if err := openUIWithQuery(ctx, ts.URL, page.name, tt.lang, tt.query); err != nil {
					t.Fatalf("open %s: %v", page.name, err)
				}
				// The answer shows in a read-only Monaco editor; read its model.
				_, err := chromedp.Run(ctx, chromedp.Poll[bool](`monaco.editor.getModels().map(m => m.getValue()).some(v => v.includes(`+jsString(page.want)+`) && v.trim().startsWith("{"))`,
					chromedp.WithPollingTimeout(30*time.Second)))
				if err != nil {
					models, _ := chromedp.Run(ctx, chromedp.Evaluate[[]string](`monaco.editor.getModels().map(m => m.getValue())`))
					t.Fatalf("%s tab, %s: no answer containing %q: %v\neditors: %q", page.name, tt.lang, page.want, err, models)
				}
				shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
				if err != nil {
					t.Fatalf("screenshot: %v", err)
				}
				name := fmt.Sprintf("ui-%s-%s.png", strings.ReplaceAll(strings.ToLower(page.name), " ", "-"), tt.lang)
				if err := os.WriteFile(filepath.Join(artifactsDir(t), name), shot, 0o644); err != nil {
					t.Fatalf("write screenshot: %v", err)
				}
			})
		}
	}

	t.Run("Write", func(t *testing.T) {
		wts, _ := newTestServer(t, Options{Writable: true, Token: testToken})
		const nq = `<ng:person/ui-writer> <schema:name> "Written from the UI" <ng:article/by-hand> .`
		// The owner opens the address serve prints once; the cookie it
		// sets lets the Write tab write.
		if err := chromedp.Do(ctx, chromedp.Navigate(wts.URL+"/?token="+testToken)); err != nil {
			t.Fatalf("open the token address: %v", err)
		}
		if err := openUIWithQuery(ctx, wts.URL, "Write", "gizmo", "unused"); err != nil {
			// openUIWithQuery pressed Run on an empty editor: harmless.
			t.Fatalf("open Write: %v", err)
		}
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`monaco.editor.getModels().forEach(m => m.setValue(`+jsString(nq)+`)); true`)); err != nil {
			t.Fatalf("type N-Quads: %v", err)
		}
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`[...document.querySelectorAll("main button")].find(b => b.textContent.includes("Run")).click(); true`)); err != nil {
			t.Fatalf("press Run: %v", err)
		}
		deadline := time.Now().Add(20 * time.Second)
		for {
			a := do(t, "POST", wts.URL+"/api/v2/query?lang=gizmo", "", `g.V("<ng:person/ui-writer>").Out("<schema:name>").All()`)
			if strings.Contains(string(a.body), "Written from the UI") {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("the quad written in the Write tab never reached the store: %s", a.body)
			}
			time.Sleep(100 * time.Millisecond)
		}
		wu, _ := url.Parse(wts.URL)
		hosts[wu.Host] = true
	})

	if bad := reqs.foreign(hosts); len(bad) > 0 {
		t.Errorf("the UI asked for %d URLs outside the test server (it must work offline): %q", len(bad), bad)
	}
}
