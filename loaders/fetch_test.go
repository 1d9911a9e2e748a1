package loaders

import (
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const fetchPage = `<!DOCTYPE html><html><head><title>Port strike | Ledger</title>
<meta property="og:title" content="Port strike halts grain exports"></head>
<body><nav><p>Home</p></nav><article><p>Dockworkers at the port of Castelmar walked off the job on Monday, halting grain exports.</p>
<p>The union said its members would stay out until wages rose.</p></article></body></html>`

const fetchFeed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Ledger</title>
<item><guid>ledger-1</guid><title>One</title><link>https://ledger.example/1</link><description>Mexico said no.</description></item>
</channel></rss>`

// newsServer serves a small news site and records the requests it gets.
func newsServer(t *testing.T) (*httptest.Server, func() []string) {
	var mu sync.Mutex
	var log []string
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("User-agent: *\nDisallow: /private/\n"))
	})
	mux.HandleFunc("/news/strike", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(fetchPage))
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(fetchFeed))
	})
	mux.HandleFunc("/feed.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/feed+json")
		w.Write([]byte(`{"version": "https://jsonfeed.org/version/1.1", "title": "Ledger", "items": [{"id": "ledger-2", "url": "https://ledger.example/2", "title": "Two", "content_html": "<p>Canada said yes.</p>"}]}`))
	})
	mux.HandleFunc("/private/memo", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("secret")) })
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte("Big\n" + strings.Repeat("x", 5000)))
	})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		log = append(log, r.URL.Path+" "+r.Header.Get("User-Agent"))
		mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, func() []string { mu.Lock(); defer mu.Unlock(); return append([]string(nil), log...) }
}

func TestReadURL(t *testing.T) {
	srv, requests := newsServer(t)
	u := srv.URL
	tests := []struct {
		name string
		url  string
		want []record // Text is compared by its first line only.
	}{
		{"page, known by its URL", u + "/news/strike", []record{{ID: u + "/news/strike", URL: u + "/news/strike",
			Title: "Port strike halts grain exports", Source: u + "/news/strike", Text: "Port strike halts grain exports"}}},
		{"fetched again: not modified", u + "/news/strike", []record{{Error: "skipped " + u + "/news/strike: not modified since the last load"}}},
		{"feed by its Content-Type", u + "/feed", []record{{ID: "ledger-1", URL: "https://ledger.example/1", Title: "One", Source: u + "/feed", Text: "One"}}},
		{"JSON Feed by its Content-Type", u + "/feed.json", []record{{ID: "ledger-2", URL: "https://ledger.example/2", Title: "Two", Source: u + "/feed.json", Text: "Two"}}},
		{"robots.txt disallows", u + "/private/memo", []record{{Error: u + "/private/memo: disallowed by robots.txt for " + UserAgent}}},
		{"not found", u + "/gone", []record{{Error: u + "/gone: HTTP 404 Not Found"}}},
		{"over the size cap", u + "/big", []record{{Error: u + "/big: too large: more than 1000 bytes"}}},
	}
	r := Reader{Fetcher: &Fetcher{CacheFile: filepath.Join(t.TempDir(), "validators.json")}, MaxDecompressedBytes: 1000, ReportSkipped: true}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []record
			for rec, err := range r.ReadRecords([]string{tc.url}) {
				g := toRecord(rec.Article, err)
				g.Text, _, _ = strings.Cut(g.Text, "\n")
				got = append(got, g)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ReadRecords(%s) (-want +got):\n%s", tc.url, diff)
			}
		})
	}
	if n := strings.Count(strings.Join(requests(), "\n"), "/robots.txt"); n != 1 {
		t.Errorf("robots.txt fetched %d times, want once per host", n)
	}
	// a fresh fetcher (a new store) fetches whole what the cache says is unchanged
	fresh := Reader{Fetcher: &Fetcher{CacheFile: r.Fetcher.CacheFile, Fresh: true}}
	for rec, err := range fresh.ReadRecords([]string{u + "/news/strike"}) {
		if err != nil || rec.Article.ID != u+"/news/strike" {
			t.Errorf("fresh ReadRecords(%s) = %q, %v; want the page", u+"/news/strike", rec.Article.ID, err)
		}
	}
	for _, req := range requests() {
		if !strings.HasSuffix(req, " "+UserAgent) {
			t.Errorf("request %q without the User-Agent %q", req, UserAgent)
		}
		if strings.HasPrefix(req, "/private/") {
			t.Errorf("fetched %q, which robots.txt disallows", req)
		}
	}
}
