package cli

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestLoadWatch(t *testing.T) {
	item := func(id, text string) string {
		return fmt.Sprintf("<item><guid>%s</guid><title>%s</title><description>%s</description></item>", id, id, text)
	}
	// What the feed holds at each poll; the poll after the last ends the watch.
	polls := [][]string{
		{item("a", "Marco Rubio met officials from Mexico."), item("b", "Mexico said no.")},
		{item("a", "Marco Rubio met officials from Mexico."), item("b", "Mexico said no.")},
		{item("a", "Marco Rubio met officials from Mexico."), item("b", "Mexico said no to the United States."), item("c", "Claudia Sheinbaum spoke.")},
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
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
	defer srv.Close()

	f, s, output := nameFactory(t)
	opts := &LoadOptions{Factory: f, Paths: []string{srv.URL + "/feed"}, Watch: 5 * time.Millisecond, JSON: true}
	l := &Loader{Store: s, Extractor: nameExtractor{}, IO: f.IO, Fetcher: fetcherFor("memory", false)}
	if err := watchRun(ctx, f, opts, l); err != nil {
		t.Fatalf("watchRun: %v", err)
	}
	out, errOut := output()
	var got []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var st []string
		for _, field := range []string{`"new":`, `"replaced":`, `"unchanged":`, `"loaded":`} {
			i := strings.Index(line, field)
			j := strings.IndexAny(line[i:], ",}")
			st = append(st, line[i:i+j])
		}
		got = append(got, strings.Join(st, " "))
	}
	want := []string{
		`"new":2 "replaced":0 "unchanged":0 "loaded":2`,
		`"new":0 "replaced":0 "unchanged":0 "loaded":0`, // nothing changed: nothing written
		`"new":1 "replaced":1 "unchanged":0 "loaded":2`, // b changed, c new; a not written again
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("watch summaries (-want +got):\n%s\nstdout:\n%s\nstderr:\n%s", diff, out, errOut)
	}
	if diff := cmp.Diff(slugs("a", "b", "c"), articleIDs(t, s)); diff != "" {
		t.Errorf("articles (-want +got):\n%s", diff)
	}
}
