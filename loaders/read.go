package loaders

import (
	"bufio"
	"bytes"
	"crypto/sha1"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/schema"
)

// Format is an input format a reader understands.
type Format string

// The formats Read knows.
const (
	FormatText  Format = "text"  // Plain text, first line the title.
	FormatHTML  Format = "html"  // One article as an HTML page.
	FormatJSONL Format = "jsonl" // JSON Lines, one article per line.
	FormatRSS   Format = "rss"   // RSS 2.0 feed, one article per item.
	FormatAtom  Format = "atom"  // Atom feed, one article per entry.
)

// Stdin is the path that names standard input.
const Stdin = "-"

// extensions maps the file extensions walked in directories to formats.
// ".xml" is a feed whose kind is read from its root element.
var extensions = map[string]Format{
	".txt":    FormatText,
	".text":   FormatText,
	".html":   FormatHTML,
	".htm":    FormatHTML,
	".jsonl":  FormatJSONL,
	".ndjson": FormatJSONL,
	".rss":    FormatRSS,
	".atom":   FormatAtom,
	".xml":    FormatRSS,
}

// Known reports whether a directory walk picks up the file name.
func Known(name string) bool {
	_, ok := extensions[strings.ToLower(filepath.Ext(name))]
	return ok
}

// Reader reads articles from paths. Its zero value reads standard input
// from os.Stdin.
type Reader struct {
	Stdin io.Reader // Read for the path "-"; nil means os.Stdin.
}

// Read yields the articles under path: a file in any known format, a
// directory (walked in name order for files with known extensions, hidden
// entries skipped) or "-" for standard input. Each record that cannot be
// read yields a *ParseError naming the source and, where known, the line
// or record number; reading goes on with the next record.
func Read(path string) iter.Seq2[schema.Article, error] {
	return Reader{}.ReadAll([]string{path})
}

// ReadAll is Read over several paths, in order.
func ReadAll(paths []string) iter.Seq2[schema.Article, error] {
	return Reader{}.ReadAll(paths)
}

// ReadAll yields the articles under every path, in order; see Read.
func (r Reader) ReadAll(paths []string) iter.Seq2[schema.Article, error] {
	return func(yield func(schema.Article, error) bool) {
		for _, p := range paths {
			files, err := expand(p)
			if err != nil && !yield(schema.Article{}, err) {
				return
			}
			for _, f := range files {
				if !r.readSource(f, yield) {
					return
				}
			}
		}
	}
}

// Files expands paths into the sources Read would read, in order.
func Files(paths []string) ([]string, error) {
	var out []string
	var errs []error
	for _, p := range paths {
		files, err := expand(p)
		out = append(out, files...)
		if err != nil {
			errs = append(errs, err)
		}
	}
	return out, errors.Join(errs...)
}

func expand(p string) ([]string, error) {
	if p == Stdin {
		return []string{p}, nil
	}
	fi, err := os.Stat(p)
	if err != nil {
		return nil, &ParseError{Source: p, Err: unwrapPath(err)}
	}
	if !fi.IsDir() {
		return []string{p}, nil
	}
	var found []string
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if path != p && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.IsDir() && Known(path) {
			found = append(found, path)
		}
		return nil
	})
	sort.Strings(found)
	if err != nil {
		return found, &ParseError{Source: p, Err: fmt.Errorf("walk: %w", unwrapPath(err))}
	}
	return found, nil
}

// unwrapPath drops the *fs.PathError around err: ParseError names the path.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

func (r Reader) readSource(path string, yield func(schema.Article, error) bool) bool {
	var in io.Reader
	if path == Stdin {
		in = r.Stdin
		if in == nil {
			in = os.Stdin
		}
	} else {
		f, err := os.Open(path)
		if err != nil {
			return yield(schema.Article{}, &ParseError{Source: path, Err: unwrapPath(err)})
		}
		defer f.Close()
		in = f
	}
	for a, err := range ReadStream(in, path, "") {
		if !yield(a, err) {
			return false
		}
	}
	return true
}

// ReadStream yields the articles in one stream. source names it in
// articles and errors ("-" for stdin); format "" detects it from source's
// extension and, failing that, from the first bytes.
func ReadStream(in io.Reader, source string, format Format) iter.Seq2[schema.Article, error] {
	return func(yield func(schema.Article, error) bool) {
		br := bufio.NewReaderSize(in, 64<<10)
		if format == "" {
			format = Detect(source, peek(br))
		}
		switch format {
		case FormatHTML:
			a, err := readHTML(br, source)
			yield(a, err)
		case FormatJSONL:
			readJSONL(br, source, yield)
		case FormatRSS, FormatAtom:
			readFeed(br, source, yield)
		default:
			a, err := ReadText(br, articleID(source, ""))
			if err != nil {
				var pe *ParseError
				if errors.As(err, &pe) {
					pe.Source = source
				}
				yield(schema.Article{}, err)
				return
			}
			a.Source = source
			if source == Stdin {
				a.ID = articleID(source, a.Text)
			}
			yield(a, nil)
		}
	}
}

func peek(br *bufio.Reader) []byte {
	b, _ := br.Peek(1024)
	return b
}

// Detect names the format of a source from its extension, or when that
// says nothing (or says ".xml"), from its first bytes.
func Detect(name string, head []byte) Format {
	f, ok := extensions[strings.ToLower(filepath.Ext(name))]
	if ok && f != FormatRSS {
		return f
	}
	h := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\ufeff")), " \t\r\n")
	low := bytes.ToLower(h)
	switch {
	case bytes.HasPrefix(h, []byte("{")):
		return FormatJSONL
	case bytes.Contains(low, []byte("<rss")) || bytes.Contains(low, []byte("<rdf:rdf")):
		return FormatRSS
	case bytes.Contains(low, []byte("<feed")):
		return FormatAtom
	case bytes.HasPrefix(low, []byte("<!doctype html")) || bytes.Contains(low, []byte("<html")) ||
		bytes.HasPrefix(low, []byte("<head")) || bytes.HasPrefix(low, []byte("<body")) ||
		bytes.HasPrefix(low, []byte("<article")):
		return FormatHTML
	case ok: // .xml or .rss that does not look like anything else
		return f
	}
	return FormatText
}

// articleID is a source's article ID: its base name, or for stdin a name
// derived from the text, so that two different stdin articles do not
// replace each other.
func articleID(source, text string) string {
	if source != Stdin {
		return filepath.Base(source)
	}
	sum := sha1.Sum([]byte(text))
	return "stdin-" + hex.EncodeToString(sum[:6])
}

// withTitle makes an article's Text start with its title line, as a plain
// text article does, so statement offsets and the extractor see one shape.
func withTitle(title, body string) string {
	title = strings.TrimSpace(title)
	body = strings.TrimSpace(body)
	switch {
	case title == "":
		return body
	case body == "":
		return title
	case strings.HasPrefix(body, title):
		return body
	}
	return title + "\n" + body
}

// firstLine returns the first non-empty line of s.
func firstLine(s string) string {
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	return ""
}

// timeLayouts are the publication-time spellings the readers accept.
var timeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700",
	time.RFC850,
	time.ANSIC,
}

// ErrTime is wrapped by errors for a publication time in no known layout.
var ErrTime = errors.New("unrecognised time")

// parseTime reads a publication time in any of timeLayouts; "" is the zero
// time.
func parseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("%w %q", ErrTime, s)
}
