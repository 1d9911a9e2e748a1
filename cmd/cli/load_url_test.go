package cli

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLoadURL(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("User-agent: newsgraph\nDisallow: /members/\n"))
	})
	mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(htmlArticle))
	})
	mux.HandleFunc("/members/story", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(htmlArticle)) })
	srv := httptest.NewServer(mux)
	defer srv.Close()

	f, s, output := nameFactory(t)
	code := Main([]string{"load", srv.URL + "/story", srv.URL + "/members/story"}, f)
	out, errOut := output()
	if code != 1 {
		t.Errorf("load URLs: exit %d, want 1", code)
	}
	if want := "loaded 1 articles, 10 quads (+10 -0), 1 errors\n"; out != want {
		t.Errorf("load URLs: stdout = %q, want %q", out, want)
	}
	if want := "error: " + srv.URL + "/members/story: disallowed by robots.txt"; !strings.Contains(errOut, want) {
		t.Errorf("load URLs: stderr lacks %q:\n%s", want, errOut)
	}
	if diff := cmp.Diff(slugs(srv.URL+"/story"), articleIDs(t, s)); diff != "" {
		t.Errorf("articles (-want +got):\n%s", diff)
	}
}

func TestFetcherFor(t *testing.T) {
	tests := []struct {
		db        string
		refetch   bool
		wantCache bool
	}{
		{"memory", false, false},
		{"g.db", true, false},
		{"g.db", false, true},
		{"postgres://u@h/db", false, true},
	}
	for _, tt := range tests {
		got := fetcherFor(tt.db, tt.refetch).CacheFile
		if (got != "") != tt.wantCache || (got != "" && !strings.Contains(got, "newsgraph")) {
			t.Errorf("fetcherFor(%q, %v).CacheFile = %q, want a cache file: %v", tt.db, tt.refetch, got, tt.wantCache)
		}
	}
	if a, b := fetcherFor("a.db", false).CacheFile, fetcherFor("b.db", false).CacheFile; a == b {
		t.Errorf("two stores share the cache file %s", a)
	}
}

func TestStoreMissing(t *testing.T) {
	dir := t.TempDir()
	existing := filepath.Join(dir, "g.db")
	if err := os.WriteFile(existing, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		db   string
		want bool
	}{
		{existing, false},
		{filepath.Join(dir, "new.db"), true},
		{"memory", false},
		{"postgres://u@h/db", false},
	}
	for _, tt := range tests {
		if got := storeMissing(tt.db); got != tt.want {
			t.Errorf("storeMissing(%q) = %v, want %v", tt.db, got, tt.want)
		}
	}
}
