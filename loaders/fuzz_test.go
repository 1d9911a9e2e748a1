package loaders

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// maxFuzzInput bounds what a fuzz body reads, so that each run stays
// small in time and memory.
const maxFuzzInput = 64 << 10

func FuzzReadText(f *testing.F) {
	if testing.Short() {
		f.Skip("fuzzing skipped under -short")
	}
	for _, name := range []string{"plain.txt", "empty.txt"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{"\ufeff\r\n  Title &amp; <b>x</b>\r\nbody", "\n\n\t", "T\n\xff", "a\rb\r\nc", "<p>Title</p>\nbody"} {
		f.Add([]byte(s))
	}
	const max = 256
	f.Fuzz(func(t *testing.T, in []byte) {
		if len(in) > maxFuzzInput {
			t.Skip()
		}
		a, err := ReadText(bytes.NewReader(in), "fuzz.txt")
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Source != "fuzz.txt" {
				t.Fatalf("ReadText(%q) error %v is not a *ParseError for fuzz.txt", in, err)
			}
		} else {
			switch {
			case a.ID != "fuzz.txt" || strings.TrimSpace(a.Text) == "":
				t.Fatalf("ReadText(%q) = %+v: wrong ID or blank text", in, a)
			case !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title):
				t.Fatalf("ReadText(%q) = %+v: invalid UTF-8", in, a)
			case strings.Contains(a.Title, "\n") || strings.Contains(a.Text, "\r\n"):
				t.Fatalf("ReadText(%q) = %+v: title over two lines or CRLF kept", in, a)
			case strings.TrimLeft(a.Text, " \t\n") != a.Text:
				t.Fatalf("ReadText(%q) = %+v: text does not start at its first line", in, a)
			}
		}
		// with a limit: over it is ErrTooLarge, within it the same answer
		n := 0
		for b, berr := range (Reader{MaxArticleBytes: max}).ReadStream(bytes.NewReader(in), "fuzz.txt", FormatText) {
			n++
			switch {
			case len(in) > max && !errors.Is(berr, ErrTooLarge):
				t.Fatalf("ReadStream(%d bytes, limit %d) = %v, want ErrTooLarge", len(in), max, berr)
			case len(in) <= max && (berr == nil) != (err == nil):
				t.Fatalf("ReadStream(%q) error %v, ReadText error %v", in, berr, err)
			case len(in) <= max && berr == nil && (b.Text != a.Text || b.Title != a.Title):
				t.Fatalf("ReadStream(%q) = %+v, ReadText %+v", in, b, a)
			}
		}
		if n != 1 {
			t.Fatalf("ReadStream(%q) yielded %d records, want 1", in, n)
		}
	})
}

// fuzzNames are source names whose extensions lead ReadStream to each
// reader, or to detection from the first bytes.
var fuzzNames = []string{"a.txt", "a.html", "a.jsonl", "a.rss", "a.atom", "a.xml", "-", "noext", "a.TXT.gz", "a.unknown"}

func FuzzReadStream(f *testing.F) {
	if testing.Short() {
		f.Skip("fuzzing skipped under -short")
	}
	files, err := filepath.Glob(filepath.Join("testdata", "*"))
	if err != nil {
		f.Fatal(err)
	}
	for i, p := range files {
		if fi, err := os.Stat(p); err != nil || fi.IsDir() || strings.HasSuffix(p, ".golden.json") {
			continue
		}
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(uint8(i), b)
	}
	f.Add(uint8(6), []byte(`{"text":"a"}`+"\n"+`{"text":"`+strings.Repeat("b", 300)+`"}`))
	f.Add(uint8(7), []byte("\ufeff  <rss><channel><item><description>x</description></item></channel></rss>"))
	const max = 256
	f.Fuzz(func(t *testing.T, pick uint8, in []byte) {
		if len(in) > maxFuzzInput {
			t.Skip()
		}
		name := fuzzNames[int(pick)%len(fuzzNames)]
		head := in[:min(len(in), 1024)]
		format := Detect(name, head)
		switch format {
		case FormatText, FormatHTML, FormatJSONL, FormatRSS, FormatAtom:
		default:
			t.Fatalf("Detect(%q, %q) = %q, not a format", name, head, format)
		}
		if gzName := name + ".gz"; !isGzip(name) && Detect(gzName, head) != format {
			t.Fatalf("Detect(%q) = %q, Detect(%q) = %q", gzName, Detect(gzName, head), name, format)
		}
		n := 0
		for a, err := range (Reader{MaxArticleBytes: max}).ReadStream(bytes.NewReader(in), name, "") {
			n++
			if n > len(in)+1 {
				t.Fatalf("ReadStream(%q) yielded more records than input bytes", in)
			}
			if err != nil {
				var pe *ParseError
				if !errors.As(err, &pe) || pe.Source != name {
					t.Fatalf("ReadStream(%s, %q) error %v is not a *ParseError for %s", name, in, err, name)
				}
				continue
			}
			switch {
			case a.ID == "" || a.Title == "" || strings.TrimSpace(a.Text) == "":
				t.Fatalf("ReadStream(%s, %q) = %+v: empty ID, title or text", name, in, a)
			case !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title):
				t.Fatalf("ReadStream(%s, %q) = %+v: invalid UTF-8", name, in, a)
			case len(a.Text) > max:
				t.Fatalf("ReadStream(%s, %q) = %d bytes of text, over the limit %d", name, in, len(a.Text), max)
			case a.Source != name:
				t.Fatalf("ReadStream(%s, %q) = source %q", name, in, a.Source)
			}
		}
	})
}
