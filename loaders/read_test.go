package loaders

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/schema"
)

var update = flag.Bool("update", false, "update golden files in testdata/")

// record is one item Read yields, in the golden files' JSON form.
type record struct {
	ID        string `json:"id,omitempty"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
	Source    string `json:"source,omitempty"`
	Text      string `json:"text,omitempty"`
	Error     string `json:"error,omitempty"`
	Line      int    `json:"line,omitempty"`
}

func toRecord(a schema.Article, err error) record {
	if err != nil {
		r := record{Error: err.Error()}
		var pe *ParseError
		if errors.As(err, &pe) {
			r.Line = pe.Line
		}
		return r
	}
	r := record{ID: a.ID, URL: a.URL, Title: a.Title, Source: filepath.ToSlash(a.Source), Text: a.Text}
	if !a.Published.IsZero() {
		r.Published = a.Published.Format(time.RFC3339)
	}
	return r
}

func readRecords(t *testing.T, r Reader, paths ...string) []record {
	t.Helper()
	var out []record
	for a, err := range r.ReadAll(paths) {
		var pe *ParseError
		if err != nil && !errors.As(err, &pe) {
			t.Errorf("ReadAll(%v): error %v is not a *ParseError", paths, err)
		}
		out = append(out, toRecord(a, err))
	}
	return out
}

// TestReadGolden reads every input under testdata and compares what Read
// yields with <input>.golden.json; go test ./loaders -update rewrites them.
func TestReadGolden(t *testing.T) {
	inputs, err := Files([]string{"testdata"})
	if err != nil {
		t.Fatal(err)
	}
	if len(inputs) < 10 {
		t.Fatalf("Files(testdata) = %v, want the 10 inputs", inputs)
	}
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(readRecords(t, Reader{}, in)); err != nil {
				t.Fatal(err)
			}
			got := buf.Bytes()
			golden := in + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./loaders -update)", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("Read(%s) differs from %s (-want +got):\n%s", in, golden, diff)
			}
		})
	}
}

func TestReadDirectory(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"b.txt":            "Second\nbody b",
		"a.html":           "<title>First</title><p>body a</p>",
		"sub/c.jsonl":      `{"id":"c1","text":"body c1"}` + "\n" + `{"id":"c2","text":"body c2"}`,
		"notes.md":         "# not an article",
		".hidden/d.txt":    "Hidden\nnot read",
		"sub/.e.txt":       "Hidden\nnot read",
		"sub/feed.xml":     `<rss><channel><item><guid>f1</guid><description>body f1</description></item></channel></rss>`,
		"sub/UPPER.TXT":    "Upper\nbody upper",
		"sub/page.htm":     "<html><body><article><p>body page</p></article></body></html>",
		"sub/x.atom":       `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>x1</id><summary>body x1</summary></entry></feed>`,
		"sub/ignored.json": `{"id":"j","text":"not a known extension"}`,
		"sub/feed.json":    `{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "j1", "content_text": "body j1"}]}`,
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var ids []string
	for a, err := range Read(dir) {
		if err != nil {
			t.Errorf("Read(%s): %v", dir, err)
			continue
		}
		ids = append(ids, a.ID)
	}
	want := []string{"a.html", "b.txt", "UPPER.TXT", "c1", "c2", "j1", "f1", "page.htm", "x1"}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("Read(dir) IDs (-want +got):\n%s", diff)
	}
}

func TestReadStdin(t *testing.T) {
	tests := []struct {
		name, in  string
		wantIDs   []string
		wantTitle string
	}{
		{"text", "Title line\nBody of the article.", []string{articleID(Stdin, "Title line\nBody of the article.")}, "Title line"},
		{"jsonl", `{"id":"s1","title":"One","text":"a"}` + "\n" + `{"id":"s2","text":"b"}`, []string{"s1", "s2"}, "One"},
		{"html", "<!doctype html><title>Page</title><p>Paragraph.</p>", []string{articleID(Stdin, "Page\nParagraph.")}, "Page"},
		{"rss", `<rss version="2.0"><channel><item><title>Item</title><guid>g</guid><description>d</description></item></channel></rss>`, []string{"g"}, "Item"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var ids []string
			var title string
			for a, err := range (Reader{Stdin: strings.NewReader(tc.in)}).ReadAll([]string{"-"}) {
				if err != nil {
					t.Fatalf("ReadAll(-): %v", err)
				}
				if a.Source != Stdin {
					t.Errorf("Source = %q, want %q", a.Source, Stdin)
				}
				if title == "" {
					title = a.Title
				}
				ids = append(ids, a.ID)
			}
			if diff := cmp.Diff(tc.wantIDs, ids); diff != "" {
				t.Errorf("IDs (-want +got):\n%s", diff)
			}
			if title != tc.wantTitle {
				t.Errorf("first title = %q, want %q", title, tc.wantTitle)
			}
		})
	}
}

func TestReadMissing(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope.txt")
	got := readRecords(t, Reader{}, missing, "testdata/plain.txt")
	if len(got) != 2 {
		t.Fatalf("ReadAll(missing, plain) = %d records, want 2", len(got))
	}
	if !strings.Contains(got[0].Error, missing) || !strings.Contains(got[0].Error, "no such file") {
		t.Errorf("missing file error = %q, want it to name %s and say why", got[0].Error, missing)
	}
	if got[1].ID != "plain.txt" {
		t.Errorf("after a missing file, got %+v, want plain.txt read", got[1])
	}
}

func TestReadStopsWhenAsked(t *testing.T) {
	n := 0
	for range Read("testdata/articles.jsonl") {
		n++
		if n == 2 {
			break
		}
	}
	if n != 2 {
		t.Errorf("broke out after %d records, want 2", n)
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name, head string
		want       Format
	}{
		{"a.txt", "<html>", FormatText},
		{"a.HTML", "", FormatHTML},
		{"a.jsonl", "", FormatJSONL},
		{"a.ndjson", "", FormatJSONL},
		{"a.nq", "", FormatNQuads},
		{"g.NQuads.gz", "", FormatNQuads},
		{"a.atom", "", FormatAtom},
		{"a.xml", `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">`, FormatAtom},
		{"a.xml", `<?xml version="1.0"?><rss version="2.0">`, FormatRSS},
		{"a.rss", `<feed>`, FormatAtom},
		{"-", "\ufeff  {\"text\":\"x\"}", FormatJSONL},
		{"-", "<!DOCTYPE html><html>", FormatHTML},
		{"-", "<rss version=\"2.0\">", FormatRSS},
		{"-", "Plain title\nbody", FormatText},
		{"story", "<article><p>x</p></article>", FormatHTML},
		{"feed.json", `{"version": "https://jsonfeed.org/version/1.1", "items": []}`, FormatJSONFeed},
		{"-", "{\n  \"title\": \"F\",\n  \"version\":\"https://jsonfeed.org/version/1\"", FormatJSONFeed},
		{"a.jsonl", `{"version": "https://jsonfeed.org/version/1.1"}`, FormatJSONL},
		{"-", `{"id": "x", "text": "see jsonfeed.org/version/1.1"}`, FormatJSONL},
		{"a.xml", `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`, FormatRSS},
	}
	for _, tc := range tests {
		if got := Detect(tc.name, []byte(tc.head)); got != tc.want {
			t.Errorf("Detect(%q, %q) = %q, want %q", tc.name, tc.head, got, tc.want)
		}
	}
}

func TestParseTime(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		wantErr bool
	}{
		{"", "0001-01-01T00:00:00Z", false},
		{"2025-08-08T14:30:00+02:00", "2025-08-08T12:30:00Z", false},
		{"2025-08-08", "2025-08-08T00:00:00Z", false},
		{"Fri, 08 Aug 2025 12:30:00 +0000", "2025-08-08T12:30:00Z", false},
		{"Fri, 8 Aug 2025 12:30:00 GMT", "2025-08-08T12:30:00Z", false},
		{"2025-08-08 12:30:00", "2025-08-08T12:30:00Z", false},
		{"last Tuesday", "", true},
	}
	for _, tc := range tests {
		got, err := parseTime(tc.in)
		if (err != nil) != tc.wantErr {
			t.Errorf("parseTime(%q) error = %v, wantErr %v", tc.in, err, tc.wantErr)
			continue
		}
		if err == nil && got.Format(time.RFC3339) != tc.want {
			t.Errorf("parseTime(%q) = %s, want %s", tc.in, got.Format(time.RFC3339), tc.want)
		}
	}
}

// checkRecords checks the invariants every reader keeps, whatever its
// input: errors are *ParseErrors naming the source, articles have an ID,
// valid UTF-8 text that is not blank, and a title.
func checkRecords(t *testing.T, source string, in []byte, format Format) {
	t.Helper()
	n := 0
	for a, err := range ReadStream(bytes.NewReader(in), source, format) {
		n++
		if n > len(in)+1 {
			t.Fatalf("ReadStream(%q) yielded more records than input bytes", in)
		}
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Source != source {
				t.Fatalf("ReadStream(%q) error %v is not a *ParseError for %s", in, err, source)
			}
			continue
		}
		if a.ID == "" || strings.TrimSpace(a.Text) == "" || a.Title == "" {
			t.Fatalf("ReadStream(%q) = %+v: empty ID, title or text", in, a)
		}
		if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
			t.Fatalf("ReadStream(%q) = %+v: invalid UTF-8", in, a)
		}
	}
}

func FuzzReadHTML(f *testing.F) {
	if testing.Short() {
		f.Skip("fuzzing skipped under -short")
	}
	for _, name := range []string{"article.html", "nopara.html", "empty.html"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("<p>\xff\xfe</p><title>\x00</title>"))
	f.Add([]byte("<article><article><p>nested</p></article></article>"))
	f.Fuzz(func(t *testing.T, in []byte) {
		checkRecords(t, "fuzz.html", in, FormatHTML)
	})
}

func FuzzReadJSONL(f *testing.F) {
	if testing.Short() {
		f.Skip("fuzzing skipped under -short")
	}
	b, err := os.ReadFile(filepath.Join("testdata", "articles.jsonl"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(`{"id":"x","text":"\ud800"}`))
	f.Add([]byte("{\"text\":\"a\"}\r\n{\"text\":\"\xff\"}\n\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		checkRecords(t, "fuzz.jsonl", in, FormatJSONL)
	})
}

func FuzzReadFeed(f *testing.F) {
	if testing.Short() {
		f.Skip("fuzzing skipped under -short")
	}
	for _, name := range []string{"feed.rss", "feed.atom", "broken.xml", "feed.json", "rss10.xml", "truncated.xml"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		checkRecords(t, "fuzz.xml", in, FormatRSS)
	})
}

func TestReadTextTitle(t *testing.T) {
	for _, c := range []struct{ in, title, text string }{
		{"Plain title\nbody", "Plain title", "Plain title\nbody"},
		{"ATF &amp; HSI probe <b>links</b>\u00a0buyers\nbody &amp; more",
			"ATF & HSI probe links buyers", "ATF &amp; HSI probe <b>links</b>\u00a0buyers\nbody &amp; more"},
		{"\n\n  Leading blank lines  \nbody", "Leading blank lines", "Leading blank lines  \nbody"},
	} {
		a, err := ReadText(strings.NewReader(c.in), "a.txt")
		if err != nil {
			t.Fatalf("ReadText(%q): %v", c.in, err)
		}
		if a.Title != c.title || a.Text != c.text {
			t.Errorf("ReadText(%q) = title %q, text %q; want %q, %q", c.in, a.Title, a.Text, c.title, c.text)
		}
	}
}

// TestReadDeferHTML: with DeferHTML, ReadRecords yields each HTML file
// unread, and its Read gives what reading it in place gives (the article,
// or the error naming the file); other files are read in place.
func TestReadDeferHTML(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.html":      "<title>First</title><p>body a</p>",
		"b.txt":       "Second\nbody b",
		"c.htm.gz":    gz(t, "<title>Third</title><p>body c</p>"),
		"d-empty.htm": "<html><body><nav>Home</nav></body></html>",
		"e.jsonl":     `{"id":"e","text":"body e"}`,
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var plain []record
	for a, err := range (Reader{}).ReadAll([]string{dir}) {
		plain = append(plain, toRecord(a, err))
	}
	var deferred []record
	var unread []string
	for rec, err := range (Reader{DeferHTML: true}).ReadRecords([]string{dir}) {
		if err == nil && rec.Read != nil {
			if rec.Article.ID != "" {
				t.Errorf("a deferred record carries an article: %+v", rec.Article)
			}
			rec, err = rec.Resolve()
			unread = append(unread, filepath.Base(rec.Article.Source)+fmt.Sprint(err != nil))
		}
		deferred = append(deferred, toRecord(rec.Article, err))
	}
	if diff := cmp.Diff(plain, deferred); diff != "" {
		t.Errorf("deferred reads differ from reads in place (-in place +deferred):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"a.htmlfalse", "c.htm.gzfalse", ".true"}, unread); diff != "" {
		t.Errorf("deferred records (-want +got):\n%s", diff)
	}
	var viaReadAll []record
	for a, err := range (Reader{DeferHTML: true}).ReadAll([]string{dir}) {
		viaReadAll = append(viaReadAll, toRecord(a, err))
	}
	if diff := cmp.Diff(plain, viaReadAll); diff != "" {
		t.Errorf("ReadAll with DeferHTML differs (-want +got):\n%s", diff)
	}
}
