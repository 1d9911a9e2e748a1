package cli

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// watchFeed serves /feed: at each poll what polls holds for it, and at
// the poll after the last it cancels the watch.
func watchFeed(t *testing.T, cancel func()) string {
	item := func(id, text string) string {
		return fmt.Sprintf("<item><guid>%s</guid><title>%s</title><description>%s</description></item>", id, id, text)
	}
	polls := [][]string{
		{item("a", "Marco Rubio met officials from Mexico."), item("b", "Mexico said no.")},
		{item("a", "Marco Rubio met officials from Mexico."), item("b", "Mexico said no.")},
		{item("a", "Marco Rubio met officials from Mexico."), item("b", "Mexico said no to the United States."), item("c", "Claudia Sheinbaum spoke.")},
	}
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/feed" {
			http.NotFound(w, r)
			return
		}
		i := int(n.Add(1)) - 1
		if i >= len(polls) {
			cancel()
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<rss version="2.0"><channel><title>F</title>%s</channel></rss>`, strings.Join(polls[i], ""))
	}))
	t.Cleanup(srv.Close)
	return srv.URL + "/feed"
}

// wantPolls is what a watch of watchFeed writes at each poll.
var wantPolls = []string{
	`"new":2 "replaced":0 "unchanged":0 "loaded":2`,
	`"new":0 "replaced":0 "unchanged":0 "loaded":0`, // nothing changed: nothing written
	`"new":1 "replaced":1 "unchanged":0 "loaded":2`, // b changed, c new; a not written again
}

// pollCounts picks the counts out of each JSON summary line of out.
func pollCounts(out string) []string {
	var got []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var st []string
		for _, field := range []string{`"new":`, `"replaced":`, `"unchanged":`, `"loaded":`} {
			i := strings.Index(line, field)
			if i < 0 {
				st = append(st, "no "+field)
				continue
			}
			j := strings.IndexAny(line[i:], ",}")
			st = append(st, line[i:i+j])
		}
		got = append(got, strings.Join(st, " "))
	}
	return got
}

func TestLoadWatch(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	feed := watchFeed(t, cancel)
	f, s, output := nameFactory(t)
	opts := &LoadOptions{Factory: f, Paths: []string{feed}, Watch: 5 * time.Millisecond, JSON: true}
	l := &Loader{Store: s, Extractor: nameExtractor{}, IO: f.IO, Fetcher: fetcherFor("memory", false)}
	if err := watchRun(ctx, f, opts, l); err != nil {
		t.Fatalf("watchRun: %v", err)
	}
	out, errOut := output()
	if diff := cmp.Diff(wantPolls, pollCounts(out)); diff != "" {
		t.Errorf("watch summaries (-want +got):\n%s\nstdout:\n%s\nstderr:\n%s", diff, out, errOut)
	}
	if diff := cmp.Diff(slugs("a", "b", "c"), articleIDs(t, s)); diff != "" {
		t.Errorf("articles (-want +got):\n%s", diff)
	}
}

// TestLoadWatchThroughServer: `load --watch` on a store a writable serve
// holds polls here and sends each poll's new and changed articles to the
// server, which writes them.
func TestLoadWatchThroughServer(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir()) // kept validators
	db := filepath.Join(t.TempDir(), "watched.db")
	url, _, _ := runServeOn(t, db, "--writable", "--token", "t0ken")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	feed := watchFeed(t, cancel)
	f, _, out, errOut := NewTestFactory(db)
	opts := &LoadOptions{Factory: f, Paths: []string{feed}, Watch: 5 * time.Millisecond, JSON: true, MaxArticleBytes: 1 << 20}
	if err := loadRun(ctx, opts); err != nil {
		t.Fatalf("load --watch through a writable serve: %v\nstderr:\n%s", err, errOut)
	}
	if diff := cmp.Diff(wantPolls, pollCounts(out.String())); diff != "" {
		t.Errorf("watch summaries (-want +got):\n%s\nstdout:\n%s\nstderr:\n%s", diff, out, errOut)
	}
	if !strings.Contains(errOut.String(), "loading through the server at "+url) {
		t.Errorf("stderr = %q, want it to say the server loads", errOut)
	}
	if code, body := httpDo(t, "GET", url+"/health", ""); code != http.StatusOK || !strings.Contains(body, `"articles": 3`) {
		t.Errorf("GET /health after the watch = %d %s, want the 3 articles written by the server", code, body)
	}
}
