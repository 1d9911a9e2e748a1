package extract

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/data"
	"github.com/newsgraph/newsgraph/schema"
)

// bundledBody is the bodies of the bundled articles, joined.
func bundledBody(tb testing.TB) string {
	tb.Helper()
	files, _ := fs.Glob(data.Articles, "*.txt")
	var b strings.Builder
	for _, f := range files {
		bs, err := fs.ReadFile(data.Articles, f)
		if err != nil {
			tb.Fatal(err)
		}
		_, body, _ := strings.Cut(string(bs), "\n")
		b.WriteString(body)
		b.WriteString("\n\n")
	}
	return b.String()
}

// repeatTo repeats unit until the text is at least n bytes.
func repeatTo(unit string, n int) string {
	return strings.Repeat(unit, n/len(unit)+1)
}

// pathological returns texts of about n bytes that stress the extractor:
// the bundled articles on one line, distinct quotations by many speakers,
// deeply nested quotation marks, and runs of capitalised words.
func pathological(tb testing.TB, n int) map[string]string {
	body := bundledBody(tb)
	var q strings.Builder
	for i := 0; q.Len() < n; i++ {
		fmt.Fprintf(&q, "“We will cooperate on point %d with Mexico and the United States,” said Ana Garcia%d, the minister of security. ", i, i%100)
		if i%5 == 4 {
			q.WriteString("\n\n")
		}
	}
	var caps strings.Builder
	words := []string{"Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel"}
	for i := 0; caps.Len() < n; i++ {
		fmt.Fprintf(&caps, "%s%d ", words[i%len(words)], i%7)
	}
	half := n / 2 / len("“He said ‘she said ")
	return map[string]string{
		"oneline": "One line\n" + strings.ReplaceAll(repeatTo(body, n), "\n", " "),
		"paras":   "Paragraphs\n" + repeatTo(body, n),
		"quotes":  "Quotes\n" + q.String(),
		"nested":  "Nested\n" + strings.Repeat("“He said ‘she said ", half) + strings.Repeat("’ ” ", half),
		"caps":    "Caps\n" + caps.String(),
	}
}

// BenchmarkExtractPathological extracts texts built to stress the
// extractor (see pathological), of 256 KB and of 2 MB (the largest article load takes).
//
//	go test ./loaders/extract -run '^$' -bench Pathological -benchmem
func BenchmarkExtractPathological(b *testing.B) {
	ex := newExtractor(b)
	for _, size := range []int{256 << 10, 2 << 20} {
		texts := pathological(b, size)
		for _, name := range []string{"oneline", "paras", "quotes", "nested", "caps"} {
			a := schema.Article{ID: name, Title: name, Text: texts[name]}
			b.Run(fmt.Sprintf("%s/%dKB", name, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(a.Text)))
				for b.Loop() {
					ex.Extract(a)
				}
			})
		}
	}
}

func TestLimits(t *testing.T) {
	g := newExtractor(t)
	quote := "“We will cooperate,” said Ana Garcia. "
	tests := []struct {
		name   string
		limits Limits
		text   string
		want   string // LimitError.What; "" for no error
	}{
		{"within", Limits{Bytes: 1000, Quotes: 3, Mentions: 10}, "Title\n" + strings.Repeat(quote, 3), ""},
		{"bytes", Limits{Bytes: 100}, "Title\n" + strings.Repeat(quote, 3), "bytes"},
		{"quotations", Limits{Quotes: 2}, "Title\n" + strings.Repeat(quote, 3), "quotations"},
		{"mentions", Limits{Mentions: 2}, "Title\n" + strings.Repeat(quote, 3), "mentions"},
		{"zero is no limit", Limits{}, "Title\n" + strings.Repeat(quote, 50), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := &Extractor{gazFS: g.gazFS, g: g.g, limits: tt.limits}
			a := schema.Article{ID: "a", Title: "Title", Text: tt.text}
			x, err := ex.ExtractBounded(a)
			var le *LimitError
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("ExtractBounded = %v, want no error", err)
			case tt.want == "" && len(x.Statements) == 0:
				t.Fatalf("ExtractBounded found no statements in %q", tt.text)
			case tt.want != "" && (!errors.As(err, &le) || le.What != tt.want || !errors.Is(err, ErrLimit)):
				t.Fatalf("ExtractBounded = %v, want a *LimitError on %s", err, tt.want)
			case tt.want != "" && len(x.Entities)+len(x.Statements) != 0:
				t.Fatalf("ExtractBounded over the limit returned %+v, want an empty extraction", x)
			}
			if tt.want != "" && len(ex.Extract(a).Statements) != 0 {
				t.Fatalf("Extract over the limit returned statements")
			}
		})
	}
}

// TestPathologicalWithinLimits checks what the extractor does with texts
// built to stress it, at the largest size load takes: they extract, or are
// refused with a *LimitError, and never panic.
func TestPathologicalWithinLimits(t *testing.T) {
	if testing.Short() {
		t.Skip("2 MB texts skipped under -short")
	}
	ex := newExtractor(t)
	texts := pathological(t, 2<<20)
	tests := []struct {
		name string
		want string // LimitError.What; "" for an extraction
	}{
		{"oneline", ""},
		{"paras", ""},
		{"quotes", "quotations"},
		{"nested", "quotations"},
		{"caps", ""},
	}
	for _, tt := range tests {
		_, err := ex.extract(schema.Article{ID: tt.name, Text: texts[tt.name]})
		var le *LimitError
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: extract = %v, want no error", tt.name, err)
		case tt.want != "" && (!errors.As(err, &le) || le.What != tt.want):
			t.Errorf("%s: extract = %v, want a *LimitError on %s", tt.name, err, tt.want)
		}
	}
}
