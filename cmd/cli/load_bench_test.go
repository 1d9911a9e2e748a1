package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime/metrics"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/loaders/extract"
	"github.com/newsgraph/newsgraph/schema"
)

// benchCorpus writes the bundled articles, copied under new IDs until
// there are n, as one JSON Lines file, and returns its path.
func benchCorpus(b *testing.B, n int) string {
	b.Helper()
	var articles []map[string]string
	for a, err := range loaders.Read(filepath.Join("..", "..", "data", "articles")) {
		if err != nil {
			b.Fatal(err)
		}
		articles = append(articles, map[string]string{"title": a.Title, "text": a.Text})
	}
	if len(articles) == 0 {
		b.Fatal("no bundled articles")
	}
	p := filepath.Join(b.TempDir(), "corpus.jsonl")
	f, err := os.Create(p)
	if err != nil {
		b.Fatal(err)
	}
	enc := json.NewEncoder(f)
	for i := 0; i < n; i++ {
		rec := map[string]string{"id": "bench-" + strconv.Itoa(i)}
		for k, v := range articles[i%len(articles)] {
			rec[k] = v
		}
		if err := enc.Encode(rec); err != nil {
			b.Fatal(err)
		}
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	return p
}

// BenchmarkLoad loads 140 articles (the bundled ones, copied) with the real
// extractor into a fresh store per iteration and reports articles/s and
// quads/s (quads/s counts quads added). PostgreSQL's write speed is
// measured by graph's BenchmarkReplaceArticle.
//
//	go test ./cmd/cli -run '^$' -bench Load -benchtime 3x
func BenchmarkLoad(b *testing.B) {
	const n = 140
	corpus := benchCorpus(b, n)
	ex, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	stores := []struct {
		name string
		spec func(b *testing.B) string
	}{
		{"memory", func(*testing.B) string { return graph.BackendMemory }},
		{"bolt", func(b *testing.B) string { return filepath.Join(b.TempDir(), "bench.db") }},
	}
	for _, st := range stores {
		for _, workers := range []int{1, 0} {
			name := st.name + "/workers=GOMAXPROCS"
			if workers == 1 {
				name = st.name + "/workers=1"
			}
			b.Run(name, func(b *testing.B) {
				var articles, quads int
				for b.Loop() {
					b.StopTimer()
					s, err := graph.Open(st.spec(b))
					if err != nil {
						b.Fatal(err)
					}
					io, _, _, errOut := TestIO()
					l := &Loader{Store: s, Extractor: ex, IO: io, Workers: workers}
					b.StartTimer()
					sum, err := l.Load(context.Background(), []string{corpus})
					b.StopTimer()
					if err != nil || sum.Errors > 0 || sum.Articles != n {
						b.Fatalf("Load = %+v, %v; stderr %s", sum, err, errOut)
					}
					articles += sum.Articles
					quads += sum.Added
					if err := s.Close(); err != nil {
						b.Fatal(err)
					}
					b.StartTimer()
				}
				secs := b.Elapsed().Seconds()
				b.ReportMetric(float64(articles)/secs, "articles/s")
				b.ReportMetric(float64(quads)/secs, "quads/s")
			})
		}
	}
}

// BenchmarkExtract measures the extractor alone on the bundled articles.
func BenchmarkExtract(b *testing.B) {
	ex, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	var articles []schema.Article
	size := 0
	for a, err := range loaders.Read(filepath.Join("..", "..", "data", "articles")) {
		if err != nil {
			b.Fatal(err)
		}
		articles = append(articles, a)
		size += len(a.Text)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, a := range articles {
			ex.Extract(a)
		}
	}
	b.ReportMetric(float64(len(articles)*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkLoadCorpus loads the JSON Lines corpus NEWSGRAPH_BENCH_CORPUS
// (for example from `newsgraph corpus`) into a fresh bolt store per
// iteration; it skips without it. With NEWSGRAPH_BENCH_STORE it loads into
// that bolt store instead (it is written: pass a copy), which measures a
// load's cost at the size of a store already made, without making it
// again. It reports articles/s and the peak of the Go heap in use
// (peak-heap-MB, sampled every 20 ms); use it with -memprofile or
// -cpuprofile for the rest.
//
//	NEWSGRAPH_BENCH_CORPUS=/tmp/c3k.jsonl go test ./cmd/cli -run '^$' -bench LoadCorpus -benchtime 1x -memprofile mem.out
//	cp /tmp/b100k/bench.db /tmp/copy.db
//	NEWSGRAPH_BENCH_STORE=/tmp/copy.db NEWSGRAPH_BENCH_CORPUS=/tmp/c5k-s7.jsonl go test ./cmd/cli -run '^$' -bench LoadCorpus -benchtime 1x
func BenchmarkLoadCorpus(b *testing.B) {
	corpus := os.Getenv("NEWSGRAPH_BENCH_CORPUS")
	if corpus == "" {
		b.Skip("NEWSGRAPH_BENCH_CORPUS not set")
	}
	ex, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		path := os.Getenv("NEWSGRAPH_BENCH_STORE")
		if path == "" {
			path = filepath.Join(b.TempDir(), "load.db")
		}
		s, err := graph.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		io, _, _, errOut := TestIO()
		l := &Loader{Store: s, Extractor: ex, IO: io}
		stop := sampleHeap()
		sum, err := l.Load(context.Background(), []string{corpus})
		peak := stop()
		if err != nil || sum.Errors > 0 {
			b.Fatalf("load: %v, %d errors: %s", err, sum.Errors, errOut)
		}
		b.ReportMetric(float64(sum.Articles)/b.Elapsed().Seconds(), "articles/s")
		b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
		s.Close()
	}
}

// sampleHeap samples the bytes of the Go heap in use every 20 ms until the
// function it returns is called, which returns the largest sample.
func sampleHeap() (stop func() uint64) {
	done := make(chan struct{})
	peak := make(chan uint64)
	go func() {
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		var most uint64
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(s)
			most = max(most, s[0].Value.Uint64())
			select {
			case <-t.C:
			case <-done:
				peak <- most
				return
			}
		}
	}()
	return func() uint64 { close(done); return <-peak }
}

// BenchmarkLoadHTML loads 200 saved news pages (the two under
// loaders/testdata, copied under new names and grown to about 150 KB with
// the scripts, menus and related lists a saved page carries) with the real
// extractor into a memory store per iteration and reports pages/s and
// MB/s: reading HTML (go-readability) and extraction both run on the
// workers.
//
//	go test ./cmd/cli -run '^$' -bench LoadHTML -benchtime 3x
func BenchmarkLoadHTML(b *testing.B) {
	const n = 200
	dir := b.TempDir()
	var size int64
	for i := range n {
		name := []string{"newssite.html", "wordpress.html"}[i%2]
		page, err := os.ReadFile(filepath.Join("..", "..", "loaders", "testdata", name))
		if err != nil {
			b.Fatal(err)
		}
		page = grownPage(page, 150<<10)
		size += int64(len(page))
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("page-%03d-%s", i, name)), page, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	ex, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	for _, workers := range []int{1, 0} {
		name := "workers=GOMAXPROCS"
		if workers == 1 {
			name = "workers=1"
		}
		b.Run(name, func(b *testing.B) {
			var pages int
			b.SetBytes(size)
			for b.Loop() {
				b.StopTimer()
				s, err := graph.Open(graph.BackendMemory)
				if err != nil {
					b.Fatal(err)
				}
				io, _, _, errOut := TestIO()
				l := &Loader{Store: s, Extractor: ex, IO: io, Workers: workers}
				b.StartTimer()
				sum, err := l.Load(context.Background(), []string{dir})
				b.StopTimer()
				if err != nil || sum.Errors > 0 || sum.Articles != n {
					b.Fatalf("Load = %+v, %v; stderr %s", sum, err, errOut)
				}
				pages += sum.Articles
				if err := s.Close(); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
			}
			b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}

// grownPage adds to page, before </body>, what a saved news page carries
// besides its article (inline scripts, menus, related-article lists) until
// it is about size bytes.
func grownPage(page []byte, size int) []byte {
	var furniture strings.Builder
	for i := 0; len(page)+furniture.Len() < size; i++ {
		fmt.Fprintf(&furniture, "<script>window.__data_%d = {\"slot\": %d, \"targets\": [\"a\", \"b\"], \"lazy\": true};</script>\n", i, i)
		fmt.Fprintf(&furniture, "<nav class=\"menu\"><ul><li><a href=\"/world/%d\">World</a></li><li><a href=\"/politics/%d\">Politics</a></li><li><a href=\"/business/%d\">Business</a></li></ul></nav>\n", i, i, i)
		fmt.Fprintf(&furniture, "<aside class=\"related\"><h3>Related</h3><ul><li><a href=\"/story/%d\">Officials meet again as talks resume in the capital, number %d</a></li><li><a href=\"/story/%d-b\">Markets react to the announcement</a></li></ul></aside>\n", i, i, i)
	}
	i := bytes.LastIndex(page, []byte("</body>"))
	if i < 0 {
		i = len(page)
	}
	return append(append(append([]byte{}, page[:i]...), furniture.String()...), page[i:]...)
}
