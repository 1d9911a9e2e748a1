package loaders

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/schema"
)

// ErrEmpty is returned for an article with no text.
var ErrEmpty = errors.New("empty article")

// ParseError records which source, and where in it, could not be read.
type ParseError struct {
	Source string // File path, "-" for stdin, or a URL.
	Line   int    // 1-based line or record number; 0 when unknown.
	Err    error
}

func (e *ParseError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Source, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Source, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// ReadText reads a plain-text article: the first non-empty line is the
// title (with any HTML entities or tags in it decoded). Text keeps the whole article, title line included, so statement
// offsets point into the text as read. id becomes the article's ID.
func ReadText(r io.Reader, id string) (schema.Article, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return schema.Article{}, &ParseError{Source: id, Err: err}
	}
	if !utf8.Valid(b) {
		line := 1 + strings.Count(string(b[:firstInvalid(b)]), "\n")
		return schema.Article{}, &ParseError{Source: id, Line: line, Err: errors.New("invalid UTF-8")}
	}
	text := strings.TrimPrefix(string(b), "\ufeff")
	// CRLF and lone CR (old Mac files) end lines as LF does
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	text = strings.TrimLeftFunc(text, unicode.IsSpace) // the title is the first line with text
	if strings.TrimSpace(text) == "" {
		return schema.Article{}, &ParseError{Source: id, Err: ErrEmpty}
	}
	title, _, _ := strings.Cut(text, "\n")
	// The title is for display: HTML remnants in it are read as HTML. Text
	// stays as it is, so offsets into it hold.
	// one line, whatever the markup did with it (HTML reads a lone "\r" as a break)
	t := strings.ReplaceAll(htmlText(title), "\n", " ")
	if t == "" {
		t = clean(title) // a line of markup only ("<?xml …?>") stays as written
	}
	return schema.Article{ID: id, Title: t, Text: text}, nil
}

// ReadFile reads one plain-text article file with a zero Reader's limits;
// its base name is the article ID.
func ReadFile(path string) (schema.Article, error) {
	return Reader{}.ReadFile(path)
}

// ReadFile reads one plain-text article file; its base name is the article
// ID. A file over MaxArticleBytes is refused without being read.
func (r Reader) ReadFile(path string) (schema.Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return schema.Article{}, fmt.Errorf("read article: %w", err)
	}
	defer f.Close()
	max := r.maxArticle()
	tooLarge := &ParseError{Source: path, Err: fmt.Errorf("%w: article over %d bytes (--max-article-bytes)", ErrTooLarge, max)}
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > max {
		return schema.Article{}, tooLarge
	}
	lr := &capReader{r: f, n: max}
	a, err := ReadText(bufio.NewReader(lr), filepath.Base(path))
	if lr.over {
		return schema.Article{}, tooLarge
	}
	if err != nil {
		var pe *ParseError
		if errors.As(err, &pe) {
			pe.Source = path
		}
		return schema.Article{}, err
	}
	a.Source = path
	return a, nil
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}
