package cli

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/export"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/schema"
)

// nameExtractor is a small deterministic stand-in for the real extractor in
// tests that check exact counts (the real one is being improved and its
// counts move): it reports each listed name found in the text, a surname
// only where the full name is absent.
type nameExtractor struct{}

var _ Extractor = nameExtractor{}

var testNames = []schema.Entity{
	{Name: "Claudia Sheinbaum", Type: schema.Person},
	{Name: "Marco Rubio", Type: schema.Person},
	{Name: "Mexico", Type: schema.Government},
	{Name: "United States", Type: schema.Government},
}

func (nameExtractor) Extract(a schema.Article) schema.Extraction {
	x := schema.Extraction{Article: a.ID, Title: a.Title}
	for _, e := range testNames {
		switch {
		case strings.Contains(a.Text, e.Name):
			x.Entities = append(x.Entities, e)
		case e.Type == schema.Person:
			surname := e.Name[strings.LastIndex(e.Name, " ")+1:]
			if strings.Contains(a.Text, surname) {
				x.Entities = append(x.Entities, schema.Entity{Name: surname, Type: schema.Person})
			}
		}
	}
	return x
}

func nameFactory(t *testing.T) (*Factory, *graph.Store, func() (string, string)) {
	t.Helper()
	f, _, out, errOut := NewTestFactory("memory")
	s, err := graph.Open("memory")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	f.Store = s
	f.NewExtractor = func() (Extractor, error) { return nameExtractor{}, nil }
	return f, s, func() (string, string) {
		o, e := out.String(), errOut.String()
		out.Reset()
		errOut.Reset()
		return o, e
	}
}

// writeFiles writes name → content under a temp dir and returns the dir.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestNewLoadCmd(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		want    LoadOptions
		wantErr bool
	}{
		{"paths", []string{"a.txt", "dir"}, LoadOptions{Paths: []string{"a.txt", "dir"}, MaxArticleBytes: 2 << 20}, false},
		{"stdin and workers", []string{"-j", "4", "-"}, LoadOptions{Paths: []string{"-"}, Workers: 4, MaxArticleBytes: 2 << 20}, false},
		{"long workers flag", []string{"--workers=1", "feed.rss"}, LoadOptions{Paths: []string{"feed.rss"}, Workers: 1, MaxArticleBytes: 2 << 20}, false},
		{"max article bytes", []string{"--max-article-bytes", "1000", "a.txt"}, LoadOptions{Paths: []string{"a.txt"}, MaxArticleBytes: 1000}, false},
		{"format", []string{"--format", "nquads", "-"}, LoadOptions{Paths: []string{"-"}, MaxArticleBytes: 2 << 20, Format: loaders.FormatNQuads}, false},
		{"feed format", []string{"--format=feed", "x"}, LoadOptions{Paths: []string{"x"}, MaxArticleBytes: 2 << 20, Format: loaders.FormatRSS}, false},
		{"unknown format", []string{"--format", "pdf", "x"}, LoadOptions{}, true},
		{"watch", []string{"--watch", "5m", "https://x.example/feed"}, LoadOptions{Paths: []string{"https://x.example/feed"}, MaxArticleBytes: 2 << 20, Watch: 5 * time.Minute}, false},
		{"negative watch", []string{"--watch=-1s", "x"}, LoadOptions{}, true},
		{"json and refetch", []string{"--json", "--refetch", "https://x.example/feed"}, LoadOptions{Paths: []string{"https://x.example/feed"}, MaxArticleBytes: 2 << 20, JSON: true, Refetch: true}, false},
		{"negative workers", []string{"--workers", "-1", "a.txt"}, LoadOptions{}, true},
		{"zero max article bytes", []string{"--max-article-bytes=0", "a.txt"}, LoadOptions{}, true},
		{"no path", nil, LoadOptions{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, _, _, _ := NewTestFactory("memory")
			var got *LoadOptions
			cmd := NewLoadCmd(f, func(o *LoadOptions) error { got = o; return nil })
			cmd.SetArgs(tt.args)
			cmd.SetOut(f.IO.Out)
			cmd.SetErr(f.IO.ErrOut)
			err := cmd.Execute()
			if (err != nil) != tt.wantErr {
				t.Fatalf("load %v: err = %v, wantErr %v", tt.args, err, tt.wantErr)
			}
			if tt.wantErr {
				return
			}
			got.Factory = nil
			if diff := cmp.Diff(tt.want, *got); diff != "" {
				t.Errorf("load %v options (-want +got):\n%s", tt.args, diff)
			}
		})
	}
}

const (
	textArticle = "Sheinbaum rules out troops\nClaudia Sheinbaum said the United States will not send troops to Mexico.\n"
	htmlArticle = `<html><head><title>Rubio on cartels</title></head><body><article>
<p>Marco Rubio said the United States would treat cartels as terrorists.</p></article></body></html>`
	jsonlGoodBad = `{"id":"j1","title":"One","text":"Marco Rubio met officials from Mexico."}
{"id":"j2","title":"Broken", "text": "Claudia Sheinbaum
{"id":"j3","title":"Three","text":"The United States and Mexico talked."}
`
)

func TestLoadRun(t *testing.T) {
	tests := []struct {
		name       string
		files      map[string]string
		args       []string // Relative to the temp dir; "-" is stdin.
		stdin      string
		terminal   bool
		wantOut    string
		wantErrOut []string // Substrings of stderr, in order.
		wantExit   int
		wantIDs    []string // Article IDs in the store afterwards.
	}{
		{
			name:     "text and HTML files",
			files:    map[string]string{"a.txt": textArticle, "b.html": htmlArticle},
			args:     []string{"a.txt", "b.html"},
			wantOut:  "loaded 2 articles, 21 quads (+21 -0), 0 errors\n",
			wantIDs:  []string{"a.txt", "b.html"},
			wantExit: 0,
		},
		{
			name: "a directory, listing what it skips",
			files: map[string]string{"d/a.txt": textArticle, "d/sub/b.htm": htmlArticle,
				"d/notes.md": "not an article", "d/c.jsonl": `{"id":"c1","text":"Mexico"}`, "d/x.pdf": "hello"},
			args:       []string{"d"},
			wantOut:    "loaded 3 articles, 27 quads (+27 -0), 0 errors, 2 files skipped\n",
			wantErrOut: []string{"skipped d/notes.md: documentation\n", "skipped d/x.pdf: not an article format\n"},
			wantIDs:    []string{"a.txt", "b.htm", "c1"},
		},
		{
			name:    "gzipped files",
			files:   map[string]string{"d/a.txt.gz": gzipped(textArticle), "d/c.jsonl.gz": gzipped(`{"id":"c1","text":"Mexico"}`)},
			args:    []string{"d"},
			wantOut: "loaded 2 articles, 18 quads (+18 -0), 0 errors\n",
			wantIDs: []string{"a.txt", "c1"},
		},
		{
			name: "articles over --max-article-bytes among good ones",
			files: map[string]string{"a.txt": textArticle, "big.txt": "Big\n" + strings.Repeat("Mexico said no. ", 20),
				"mixed.jsonl": `{"id":"j1","text":"Mexico"}` + "\n" + `{"id":"big","text":"` + strings.Repeat("Mexico said no. ", 20) + `"}` + "\n"},
			args:    []string{"--max-article-bytes", "200", "a.txt", "big.txt", "mixed.jsonl"},
			wantOut: "loaded 2 articles, 18 quads (+18 -0), 2 errors\n",
			wantErrOut: []string{
				"error: big.txt: too large: article over 200 bytes (--max-article-bytes)",
				"error: mixed.jsonl:2: too large: article over 200 bytes",
			},
			wantExit: 1,
			wantIDs:  []string{"a.txt", "j1"},
		},
		{
			name:       "files that are never articles",
			files:      map[string]string{"SOURCES.md": "# Sources", "x.pdf": "hello"},
			args:       []string{"SOURCES.md", "x.pdf"},
			wantOut:    "loaded 0 articles, 0 quads (+0 -0), 2 errors\n",
			wantErrOut: []string{"error: SOURCES.md: not an article: documentation", "error: x.pdf: not an article: not an article format"},
			wantExit:   1,
		},
		{
			name: "bad records among good ones",
			files: map[string]string{"a.txt": textArticle, "mixed.jsonl": jsonlGoodBad,
				"broken.txt": "Title\nline two\nbad \xff byte\n", "empty.html": "<html><body></body></html>"},
			args:    []string{"a.txt", "mixed.jsonl", "broken.txt", "missing.txt", "empty.html"},
			wantOut: "loaded 3 articles, 30 quads (+30 -0), 4 errors\n",
			wantErrOut: []string{
				"error: mixed.jsonl:2: bad JSON",
				"error: broken.txt:3: invalid UTF-8",
				"error: missing.txt: stat: no such file or directory",
				"error: empty.html: empty article",
			},
			wantExit: 1,
			wantIDs:  []string{"a.txt", "j1", "j3"},
		},
		{
			name:    "standard input",
			args:    []string{"-"},
			stdin:   jsonlGoodBad,
			wantOut: "loaded 2 articles, 18 quads (+18 -0), 1 errors\n",
			wantErrOut: []string{
				"error: -:2: bad JSON",
			},
			wantExit: 1,
			wantIDs:  []string{"j1", "j3"},
		},
		{
			name:       "progress on a terminal",
			files:      map[string]string{"a.txt": textArticle},
			args:       []string{"a.txt"},
			terminal:   true,
			wantOut:    "loaded 1 articles, 12 quads (+12 -0), 0 errors\n",
			wantErrOut: []string{"0% |", "loading", "\r"}, // the bar, cleared at the end
			wantIDs:    []string{"a.txt"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, s, output := nameFactory(t)
			dir := writeFiles(t, tt.files)
			t.Chdir(dir)
			f.IO.In = strings.NewReader(tt.stdin)
			f.IO.IsTerminal = tt.terminal
			code := Main(append([]string{"load"}, tt.args...), f)
			out, errOut := output()
			if code != tt.wantExit {
				t.Errorf("load %v: exit %d, want %d; stderr:\n%s", tt.args, code, tt.wantExit, errOut)
			}
			if out != tt.wantOut {
				t.Errorf("load %v: stdout = %q, want %q", tt.args, out, tt.wantOut)
			}
			rest := errOut
			for _, w := range tt.wantErrOut {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Errorf("load %v: stderr lacks %q (in order); stderr:\n%s", tt.args, w, errOut)
					break
				}
				rest = rest[i+len(w):]
			}
			if len(tt.wantErrOut) == 0 && errOut != "" {
				t.Errorf("load %v: unexpected stderr:\n%s", tt.args, errOut)
			}
			if !tt.terminal && strings.Contains(errOut, "\r") {
				t.Errorf("load %v: progress drawn without a terminal: %q", tt.args, errOut)
			}
			if diff := cmp.Diff(slugs(tt.wantIDs...), articleIDs(t, s)); diff != "" {
				t.Errorf("load %v: articles in the store (-want +got):\n%s", tt.args, diff)
			}
		})
	}
}

// articleIDs lists the articles in the store by the slug in their IRI, sorted, and checks that every quad's label is one of
// them (nothing of a failed article is left).
func articleIDs(t *testing.T, s *graph.Store) []string {
	t.Helper()
	var ids []string
	labels := map[string]bool{}
	for _, q := range allQuads(t, s) {
		labels[quad.StringOf(q.Label)] = true
		if q.Predicate == quad.Value(schema.PredType) && q.Object == quad.Value(schema.ClassArticle) {
			ids = append(ids, q.Subject.String())
		}
	}
	for i, iri := range ids {
		if !labels[iri] {
			t.Errorf("article %s has no quads labelled with it", iri)
		}
		delete(labels, iri)
		ids[i] = strings.TrimSuffix(strings.TrimPrefix(iri, "<"+schema.Prefix+"article/"), ">")
	}
	for l := range labels {
		t.Errorf("quads labelled %s, which is no article", l)
	}
	sort.Strings(ids)
	return ids
}

// slugs maps article IDs to the form articleIDs returns, sorted.
func slugs(ids ...string) []string {
	var out []string
	for _, id := range ids {
		out = append(out, schema.Slug(id))
	}
	sort.Strings(out)
	return out
}

func TestLoadReloadChangesNothing(t *testing.T) {
	f, s, output := nameFactory(t)
	dir := writeFiles(t, map[string]string{"a.txt": textArticle, "b.html": htmlArticle})
	for i, want := range []string{
		"loaded 2 articles, 21 quads (+21 -0), 0 errors\n",
		"loaded 2 articles, 21 quads (+0 -0), 0 errors\n",
	} {
		if code := Main([]string{"load", dir}, f); code != 0 {
			_, e := output()
			t.Fatalf("load %d: exit %d: %s", i, code, e)
		}
		if out, _ := output(); out != want {
			t.Errorf("load %d: stdout = %q, want %q", i, out, want)
		}
	}
	if st, err := s.Stats(context.Background()); err != nil || st.Articles != 2 {
		t.Errorf("after two loads Stats = %+v, %v; want 2 articles", st, err)
	}
	if n := len(allQuads(t, s)); n != 21 {
		t.Errorf("after two loads the articles have %d quads, want 21", n)
	}
}

// TestLoadResolvesSurnames loads an article naming "Claudia Sheinbaum" and
// then one naming only "Sheinbaum": both end on one person node.
func TestLoadResolvesSurnames(t *testing.T) {
	f, s, output := nameFactory(t)
	dir := writeFiles(t, map[string]string{
		"1.txt": textArticle,
		"2.txt": "Sheinbaum again\nSheinbaum spoke in Mexico.\n",
	})
	if code := Main([]string{"load", dir}, f); code != 0 {
		_, e := output()
		t.Fatalf("load: exit %d: %s", code, e)
	}
	names, err := s.PersonNames(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"Claudia Sheinbaum"}, names); diff != "" {
		t.Errorf("people after loading (-want +got):\n%s", diff)
	}
	res, err := s.Query(context.Background(), "gizmo",
		`g.V("<ng:person/claudia-sheinbaum>").In("<ng:mentions>").All()`, graph.QueryOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 2 {
		t.Errorf("articles mentioning Claudia Sheinbaum = %v, want both", res)
	}
}

// TestLoadDeterministic loads the same inputs with one worker and with
// many: the stores hold the same quads.
func TestLoadDeterministic(t *testing.T) {
	files := map[string]string{"2.txt": "Sheinbaum again\nSheinbaum spoke.\n", "3.jsonl": jsonlGoodBad}
	for i := 0; i < 12; i++ {
		files[filepath.Join("many", string(rune('a'+i))+".txt")] = textArticle + strings.Repeat("More text. ", i)
	}
	files["1.txt"] = textArticle
	dir := writeFiles(t, files)
	var dumps []string
	for _, workers := range []int{1, 8} {
		f, s, output := nameFactory(t)
		code := Main([]string{"load", "-j", string(rune('0' + workers)), dir}, f)
		if _, e := output(); code != 1 || !strings.Contains(e, "3.jsonl:2:") {
			t.Fatalf("load -j %d: exit %d, stderr %q; want 1 and the bad line named", workers, code, e)
		}
		dumps = append(dumps, dump(t, s))
	}
	if diff := cmp.Diff(dumps[0], dumps[1]); diff != "" {
		t.Errorf("one worker vs eight (-1 +8):\n%s", diff)
	}
}

func dump(t *testing.T, s *graph.Store) string {
	t.Helper()
	var lines []string
	for _, q := range allQuads(t, s) {
		lines = append(lines, q.NQuad())
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// allQuads returns every quad in the store as the articles wrote them
// (each fact labelled with every article that read it).
func allQuads(t *testing.T, s *graph.Store) []quad.Quad {
	t.Helper()
	out, err := export.Quads(context.Background(), s, "")
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// panicExtractor panics on one article: the load names it and goes on.
type panicExtractor struct{ nameExtractor }

func (p panicExtractor) Extract(a schema.Article) schema.Extraction {
	if strings.Contains(a.Text, "PANIC") {
		panic("boom")
	}
	return p.nameExtractor.Extract(a)
}

func TestLoadSurvivesExtractorPanic(t *testing.T) {
	f, s, output := nameFactory(t)
	f.NewExtractor = func() (Extractor, error) { return panicExtractor{}, nil }
	dir := writeFiles(t, map[string]string{"a.txt": textArticle, "b.txt": "Bad\nPANIC\n"})
	code := Main([]string{"load", dir}, f)
	out, errOut := output()
	if code != 1 || !strings.Contains(errOut, "b.txt: extract b.txt: panic: boom") {
		t.Errorf("load: exit %d, stderr %q; want 1 and the panic named", code, errOut)
	}
	if want := "loaded 1 articles, 12 quads (+12 -0), 1 errors\n"; out != want {
		t.Errorf("stdout = %q, want %q", out, want)
	}
	if diff := cmp.Diff(slugs("a.txt"), articleIDs(t, s)); diff != "" {
		t.Errorf("articles (-want +got):\n%s", diff)
	}
}

// gzipped returns s compressed with gzip.
func gzipped(s string) string {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.String()
}

func TestLoadRefusesArticlesOverQuadLimit(t *testing.T) {
	f, s, output := nameFactory(t)
	dir := writeFiles(t, map[string]string{"a.txt": textArticle, "b.jsonl": `{"id":"small","text":"Mexico"}` + "\n"})
	store, _, err := f.OpenStore()
	if err != nil {
		t.Fatal(err)
	}
	ex, err := f.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	// a.txt yields 12 quads, small 6
	l := &Loader{Store: store, Extractor: ex, IO: f.IO, MaxArticleQuads: 8}
	sum, err := l.Load(context.Background(), []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.jsonl")})
	_, errOut := output()
	if err != nil || sum.Errors != 1 || sum.Articles != 1 {
		t.Errorf("Load = %v, %v; want 1 article and 1 error", sum, err)
	}
	if !strings.Contains(errOut, "a.txt: a.txt: 12 quads, more than the 8 one article may have") {
		t.Errorf("stderr %q does not name the article over the quad limit", errOut)
	}
	if diff := cmp.Diff(slugs("small"), articleIDs(t, s)); diff != "" {
		t.Errorf("articles (-want +got):\n%s", diff)
	}
}

func TestLoadRefusesWhatTheExtractorRefuses(t *testing.T) {
	f, s, output := nameFactory(t)
	f.NewExtractor = defaultExtractor
	dir := writeFiles(t, map[string]string{"a.txt": textArticle,
		"quotes.txt": "Quotes\n" + strings.Repeat("“No,” he said. ", 10001)})
	code := Main([]string{"load", dir}, f)
	out, errOut := output()
	if code != 1 || !strings.Contains(errOut, "quotes.txt: extract quotes.txt: 10001 quotations, more than the 10000 one article may have") {
		t.Errorf("load: exit %d, stderr %q; want 1 and the limit named", code, errOut)
	}
	if !strings.HasPrefix(out, "loaded 1 articles") {
		t.Errorf("stdout = %q, want 1 article loaded", out)
	}
	if diff := cmp.Diff(slugs("a.txt"), articleIDs(t, s)); diff != "" {
		t.Errorf("articles (-want +got):\n%s", diff)
	}
}

func TestNextBatchQuads(t *testing.T) {
	for _, tc := range []struct {
		name  string
		quads int
		pages int64
		want  int
	}{
		{"nothing written", 0, 0, batchQuads},
		{"not bolt", 10000, 0, batchQuads},
		{"small store: 1.6 pages a quad", 10000, 16000, batchQuads},
		{"at the budget", 10000, batchPages, batchQuads},
		{"large store: 5.3 pages a quad", 10000, 53000, 4528},
		{"back up after a small batch", 4528, 7245, batchQuads},
		{"never below the floor", 2000, 2000 * 100, minBatchQuads},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := nextBatchQuads(tc.quads, tc.pages); got != tc.want {
				t.Errorf("nextBatchQuads(%d, %d) = %d, want %d", tc.quads, tc.pages, got, tc.want)
			}
		})
	}
}
