package loaders

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// gz returns s gzipped.
func gz(t *testing.T, s string) string {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// outcome is what ReadAll yields for one record: an article ID, or an
// error with the line it names.
type outcome struct {
	ID, Source string
	Err        string // "" or a substring of the error
	Line       int
	TooLarge   bool
}

func TestReadLimits(t *testing.T) {
	body := strings.Repeat("word ", 40) // 200 bytes
	const max = 100
	tests := []struct {
		name  string
		file  string
		data  func(t *testing.T) string
		limit int64 // MaxDecompressedBytes
		want  []outcome
	}{
		{"text within", "a.txt", func(*testing.T) string { return "Title\nshort" }, 0,
			[]outcome{{ID: "a.txt", Source: "a.txt"}}},
		{"text at the limit", "a.txt", func(*testing.T) string { return "T\n" + strings.Repeat("x", max-2) }, 0,
			[]outcome{{ID: "a.txt", Source: "a.txt"}}},
		{"text over", "a.txt", func(*testing.T) string { return "Title\n" + body }, 0,
			[]outcome{{Err: "a.txt: too large", TooLarge: true}}},
		{"jsonl line over, next read", "a.jsonl", func(*testing.T) string {
			return `{"id":"big","text":"` + strings.Repeat(body, 3) + `"}` + "\n" + `{"id":"ok","text":"fine"}` + "\n"
		}, 0, []outcome{{Err: "a.jsonl:1: too large", Line: 1, TooLarge: true}, {ID: "ok", Source: "a.jsonl"}}},
		{"jsonl text over", "a.jsonl", func(*testing.T) string {
			return `{"id":"ok","text":"fine"}` + "\n" + `{"id":"big","text":"` + body + `"}` + "\n"
		}, 0, []outcome{{ID: "ok", Source: "a.jsonl"}, {Err: "a.jsonl:2: too large", Line: 2, TooLarge: true}}},
		{"feed item over", "a.rss", func(*testing.T) string {
			return "<rss><channel>\n<item><guid>ok</guid><description>fine</description></item>\n<item><guid>big</guid><description>" + body + "</description></item>\n</channel></rss>"
		}, 0, []outcome{{ID: "ok", Source: "a.rss"}, {Err: "a.rss: item 2 (big): too large", TooLarge: true}}},
		{"feed over 32 times the limit", "a.rss", func(*testing.T) string {
			return "<rss><channel>\n<item><guid>big</guid><description>" + strings.Repeat("<b></b>", 100000) + "</description></item>\n</channel></rss>"
		}, 0, []outcome{{Err: "a.rss: too large: feed over 3200 bytes", TooLarge: true}}},
		{"JSON Feed item over", "a.json", func(*testing.T) string {
			return `{"version": "https://jsonfeed.org/version/1.1", "title": "F", "items": [{"id": "big", "content_text": "` + body + `"}, {"id": "ok", "content_text": "fine"}]}`
		}, 0, []outcome{{Err: "a.json: item 1 (big): too large", TooLarge: true}, {ID: "ok", Source: "a.json"}}},
		{"html text over", "a.html", func(*testing.T) string { return "<title>T</title><p>" + body + "</p>" }, 0,
			[]outcome{{Err: "a.html: too large", TooLarge: true}}},
		{"gzipped text", "a.txt.gz", func(t *testing.T) string { return gz(t, "Title\nshort") }, 0,
			[]outcome{{ID: "a.txt", Source: "a.txt.gz"}}},
		{"gzipped jsonl", "a.jsonl.gz", func(t *testing.T) string { return gz(t, `{"text":"one"}`+"\n"+`{"id":"x","text":"two"}`) }, 0,
			[]outcome{{ID: "a.jsonl#1", Source: "a.jsonl.gz"}, {ID: "x", Source: "a.jsonl.gz"}}},
		{"gzipped error names the .gz", "a.jsonl.gz", func(t *testing.T) string { return gz(t, `{"text":1}`) }, 0,
			[]outcome{{Err: "a.jsonl.gz:1: bad JSON", Line: 1}}},
		{"gzip bomb", "a.jsonl.gz", func(t *testing.T) string {
			return gz(t, strings.Repeat(`{"id":"x","text":"y"}`+"\n", 1000))
		}, 1000, []outcome{{Err: "a.jsonl.gz: too large: decompresses to more than 1000 bytes", TooLarge: true}}},
		{"not gzip", "a.txt.gz", func(*testing.T) string { return "Title\nplain" }, 0,
			[]outcome{{Err: "a.txt.gz: gzip: "}}},
		{"pdf refused", "x.pdf", func(*testing.T) string { return "hello" }, 0,
			[]outcome{{Err: "x.pdf: not an article: not an article format"}}},
		{"markdown refused", "SOURCES.md", func(*testing.T) string { return "# Sources" }, 0,
			[]outcome{{Err: "SOURCES.md: not an article: documentation"}}},
		{"unknown extension read as text", "story", func(*testing.T) string { return "Title\nbody" }, 0,
			[]outcome{{ID: "story", Source: "story"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			t.Chdir(dir)
			if err := os.WriteFile(tt.file, []byte(tt.data(t)), 0o644); err != nil {
				t.Fatal(err)
			}
			r := Reader{MaxArticleBytes: max, MaxDecompressedBytes: tt.limit}
			var got []outcome
			for a, err := range r.ReadAll([]string{tt.file}) {
				o := outcome{ID: a.ID, Source: a.Source}
				if err != nil {
					var pe *ParseError
					if !errors.As(err, &pe) {
						t.Errorf("error %v is not a *ParseError", err)
					} else {
						o.Line = pe.Line
					}
					o.Err, o.TooLarge = err.Error(), errors.Is(err, ErrTooLarge)
				}
				got = append(got, o)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("ReadAll(%s) = %+v, want %+v", tt.file, got, tt.want)
			}
			for i, w := range tt.want {
				g := got[i]
				if !strings.Contains(g.Err, w.Err) || (w.Err == "") != (g.Err == "") {
					t.Errorf("record %d: error %q, want one containing %q", i, g.Err, w.Err)
				}
				g.Err, w.Err = "", ""
				if g != w {
					t.Errorf("record %d = %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestReadReportsSkipped(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.txt":          "First\nbody a",
		"b.txt.gz":       gz(t, "Second\nbody b"),
		"SOURCES.md":     "# sources",
		"x.pdf":          "hello",
		"notes":          "no extension",
		"c.weird":        "unknown",
		"d.json.gz":      gz(t, "{}"),
		".hidden/e.txt":  "Hidden\nnot read",
		"sub/.f.txt":     "Hidden\nnot read",
		"sub/g.jsonl.gz": gz(t, `{"id":"g","text":"body g"}`),
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
	for _, report := range []bool{false, true} {
		var ids, skipped []string
		for a, err := range (Reader{ReportSkipped: report}).ReadAll([]string{dir}) {
			var se *SkipError
			switch {
			case errors.As(err, &se):
				rel, _ := filepath.Rel(dir, se.Path)
				skipped = append(skipped, filepath.ToSlash(rel)+": "+se.Reason)
			case err != nil:
				t.Errorf("ReadAll(%s): %v", dir, err)
			default:
				ids = append(ids, a.ID)
			}
		}
		if diff := cmp.Diff([]string{"a.txt", "b.txt", "g"}, ids); diff != "" {
			t.Errorf("ReportSkipped=%v: IDs (-want +got):\n%s", report, diff)
		}
		want := []string{
			".hidden: hidden",
			"SOURCES.md: documentation",
			"c.weird: unknown extension .weird",
			"d.json.gz: not an article format (JSON Lines are .jsonl; a JSON Feed is read)",
			"notes: no extension",
			"sub/.f.txt: hidden",
			"x.pdf: not an article format",
		}
		if !report {
			want = nil
		}
		if diff := cmp.Diff(want, skipped); diff != "" {
			t.Errorf("ReportSkipped=%v: skipped (-want +got):\n%s", report, diff)
		}
	}
}
