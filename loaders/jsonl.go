package loaders

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// jsonArticle is one line of a JSON Lines file.
type jsonArticle struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

// readJSONL yields one article per non-blank line of a JSON Lines stream:
// {"id", "url", "title", "published", "text"}, of which only text is
// required. A bad line yields a *ParseError with its line number and the
// next line is read. An article without id is named by its url, else by
// the source and line. A line over 4×max bytes is skipped unread and a text
// over max bytes refused, each with tooLarge(line).
func readJSONL(br *bufio.Reader, source string, max int64, tooLarge func(line int) error, yield func(schema.Article, error) bool) {
	ids := map[string]int{}
	for line := 1; ; line++ {
		b, long, err := readLine(br, 4*max)
		switch {
		case long:
			if !yield(schema.Article{}, tooLarge(line)) {
				return
			}
		case len(bytes.TrimSpace(b)) > 0:
			a, perr := jsonLine(b, source, line, ids)
			if perr == nil && int64(len(a.Text)) > max {
				a, perr = schema.Article{}, tooLarge(line)
			}
			if !yield(a, perr) {
				return
			}
		}
		if err != nil {
			if !errors.Is(err, io.EOF) {
				yield(schema.Article{}, &ParseError{Source: source, Line: line, Err: err})
			}
			return
		}
	}
}

// readLine reads one line of at most max bytes; a longer one is read to
// its end without being kept, and long is true.
func readLine(br *bufio.Reader, max int64) (line []byte, long bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !long {
			if int64(len(line)+len(chunk)) > max {
				long, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if !errors.Is(err, bufio.ErrBufferFull) {
			return line, long, err
		}
	}
}

func jsonLine(b []byte, source string, line int, ids map[string]int) (schema.Article, error) {
	fail := func(err error) (schema.Article, error) {
		return schema.Article{}, &ParseError{Source: source, Line: line, Err: err}
	}
	var j jsonArticle
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&j); err != nil {
		return fail(fmt.Errorf("bad JSON: %w", jsonCause(err)))
	}
	if dec.More() {
		return fail(errors.New("bad JSON: more than one value on the line"))
	}
	if strings.TrimSpace(j.Text) == "" {
		return fail(fmt.Errorf("%w: no \"text\"", ErrEmpty))
	}
	published, err := parseTime(j.Published)
	if err != nil {
		return fail(fmt.Errorf("published: %w", err))
	}
	text := strings.ToValidUTF8(strings.ReplaceAll(j.Text, "\r\n", "\n"), "\uFFFD")
	title := clean(j.Title)
	a := schema.Article{
		ID:        strings.TrimSpace(first(j.ID, j.URL)),
		URL:       strings.TrimSpace(j.URL),
		Title:     title,
		Published: published,
		Source:    source,
		Text:      withTitle(title, text),
	}
	if a.ID == "" {
		a.ID = articleID(source, "") + "#" + strconv.Itoa(line)
		if source == Stdin {
			a.ID = articleID(source, a.Text)
		}
	}
	if prev, dup := ids[a.ID]; dup {
		return fail(fmt.Errorf("id %q already used on line %d", a.ID, prev))
	}
	ids[a.ID] = line
	if a.Title == "" {
		a.Title = firstLine(a.Text)
	}
	return a, nil
}

// jsonCause shortens encoding/json's errors to what a reader of the line
// needs.
func jsonCause(err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		if te.Field == "" {
			return fmt.Errorf("the line is a JSON %s, want an object", te.Value)
		}
		return fmt.Errorf("field %q is a JSON %s, want a string", te.Field, te.Value)
	}
	return err
}
