package loaders

import (
	"bufio"
	"crypto/sha1"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/schema"
)

// Record is one thing a load writes: an article to extract, or, read from
// an N-Quads file, a graph made elsewhere to write as it is.
type Record struct {
	Article schema.Article // Set when Quads and Read are nil.
	Quads   *QuadSet       // Set for N-Quads input.
	// Read, set for an HTML file when Reader.DeferHTML is, reads the
	// page's article: parsing it is the slow part of reading, and the
	// caller runs it where it likes (a load, on its workers).
	Read func() (schema.Article, error)
}

// Resolve returns the record's article, read by rec.Read when it is set,
// and the record without Read.
func (rec Record) Resolve() (Record, error) {
	if rec.Read == nil {
		return rec, nil
	}
	a, err := rec.Read()
	return Record{Article: a}, err
}

// QuadSet is every quad of one label in one N-Quads source: written as
// they are, they replace what the label had, as an article's quads do.
type QuadSet struct {
	Source string   // The file it was read from.
	Label  quad.IRI // The label every quad carries.
	Quads  []quad.Quad
}

// MaxNQuadsQuads bounds the quads one N-Quads source may hold: a source is
// grouped by label in memory before anything of it is written.
const MaxNQuadsQuads = 2_000_000

// ErrLabel is wrapped by the error for an N-Quads line whose label is not
// an IRI (newsgraph writes and deletes by IRI label).
var ErrLabel = errors.New("label is not an IRI")

// readNQuads reads an N-Quads stream and yields one QuadSet per label, in
// the order labels first appear. A quad without a label goes under the
// label schema.ArticleIRI of the file's base name (for stdin, of a name
// derived from its bytes), so `newsgraph delete NAME` removes it. A line
// that does not parse is one error naming source and line; the rest is
// read.
func readNQuads(br *bufio.Reader, name string, maxLine int64, yield func(Record, error) bool) {
	var (
		order   []quad.IRI
		groups  = map[quad.IRI][]quad.Quad{}
		noLabel []quad.Quad
		total   int
		sum     = sha1.New()
	)
	fail := func(line int, err error) bool {
		return yield(Record{}, &ParseError{Source: name, Line: line, Err: err})
	}
	for line := 1; ; line++ {
		b, long, err := readLine(br, maxLine)
		if err != nil && !errors.Is(err, io.EOF) {
			fail(line, err)
			return
		}
		sum.Write(b)
		s := strings.TrimSpace(string(b))
		if long {
			if !fail(line, fmt.Errorf("%w: line over %d bytes", ErrTooLarge, maxLine)) {
				return
			}
		} else if s != "" && !strings.HasPrefix(s, "#") {
			q, perr := nquads.Parse(s)
			switch {
			case perr != nil:
				if !fail(line, fmt.Errorf("n-quads: %w", perr)) {
					return
				}
			case total >= MaxNQuadsQuads:
				fail(line, fmt.Errorf("%w: more than %d quads in one N-Quads source", ErrTooLarge, MaxNQuadsQuads))
				return
			case q.Label == nil:
				noLabel = append(noLabel, q)
				total++
			default:
				l, ok := q.Label.(quad.IRI)
				if !ok {
					if !fail(line, fmt.Errorf("%w: %s", ErrLabel, q.Label)) {
						return
					}
					continue
				}
				if _, seen := groups[l]; !seen {
					order = append(order, l)
				}
				groups[l] = append(groups[l], q)
				total++
			}
		}
		if errors.Is(err, io.EOF) {
			break
		}
	}
	if len(noLabel) > 0 {
		id := articleID(name, "")
		if name == Stdin {
			id = "stdin-" + hex.EncodeToString(sum.Sum(nil)[:6])
		}
		l := schema.ArticleIRI(id)
		for i := range noLabel {
			noLabel[i].Label = l
		}
		if _, seen := groups[l]; !seen {
			order = append(order, l)
		}
		groups[l] = append(groups[l], noLabel...)
	}
	if total == 0 {
		yield(Record{}, &ParseError{Source: name, Err: ErrEmpty})
		return
	}
	for _, l := range order {
		if !yield(Record{Quads: &QuadSet{Source: name, Label: l, Quads: groups[l]}}, nil) {
			return
		}
	}
}
