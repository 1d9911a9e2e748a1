package cli

import (
	"bytes"
	"io"
	"os"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/loaders/extract"
	"github.com/newsgraph/newsgraph/schema"
)

// IOStreams are the streams a command reads and writes.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
	// IsTerminal reports whether ErrOut is an interactive terminal (for
	// progress output).
	IsTerminal bool
}

// SystemIO returns the process's standard streams.
func SystemIO() *IOStreams {
	tty := false
	if fi, err := os.Stderr.Stat(); err == nil {
		tty = fi.Mode()&os.ModeCharDevice != 0
	}
	return &IOStreams{In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr, IsTerminal: tty}
}

// TestIO returns streams backed by buffers: stdin, stdout and stderr.
func TestIO() (*IOStreams, *bytes.Buffer, *bytes.Buffer, *bytes.Buffer) {
	in, out, errOut := &bytes.Buffer{}, &bytes.Buffer{}, &bytes.Buffer{}
	return &IOStreams{In: in, Out: out, ErrOut: errOut}, in, out, errOut
}

// Extractor reads an article's entities, roles, statements, agreements and
// relations.
type Extractor interface {
	Extract(schema.Article) schema.Extraction
}

// Factory carries what commands need from the outside world. Tests build
// one with TestIO and their own store location.
type Factory struct {
	IO *IOStreams
	// DB names the store: a bolt file path, "memory" or a postgres:// URL.
	// The root command's --db flag sets it; NewFactory takes NEWSGRAPH_DB.
	DB string
	// NewExtractor builds the extractor; it is called at most once per command.
	NewExtractor func() (Extractor, error)
	// Store, when set, is used instead of opening DB, and commands leave it
	// open: tests share one memory store between commands this way.
	Store *graph.Store
}

// NewFactory returns the Factory of the real process.
func NewFactory() *Factory {
	db := os.Getenv("NEWSGRAPH_DB")
	if db == "" {
		db = graph.DefaultPath
	}
	return &Factory{IO: SystemIO(), DB: db, NewExtractor: defaultExtractor}
}

// NewTestFactory returns a Factory writing to buffers, using the store db.
func NewTestFactory(db string) (*Factory, *bytes.Buffer, *bytes.Buffer, *bytes.Buffer) {
	io, in, out, errOut := TestIO()
	return &Factory{IO: io, DB: db, NewExtractor: defaultExtractor}, in, out, errOut
}

// OpenStore opens the store named by f.DB (or returns f.Store); the caller
// calls release when done with it.
func (f *Factory) OpenStore() (s *graph.Store, release func() error, err error) {
	if f.Store != nil {
		return f.Store, func() error { return nil }, nil
	}
	s, err = graph.Open(f.DB)
	if err != nil {
		return nil, nil, err
	}
	return s, s.Close, nil
}

// OpenStoreReadOnly opens the existing store named by f.DB for reading (or
// returns f.Store): several commands, and a read-only `serve`, can read one
// bolt file at once, and a mistyped path is an error rather than a new,
// empty store.
func (f *Factory) OpenStoreReadOnly() (s *graph.Store, release func() error, err error) {
	if f.Store != nil {
		return f.Store, func() error { return nil }, nil
	}
	s, err = graph.OpenReadOnly(f.DB)
	if err != nil {
		return nil, nil, err
	}
	return s, s.Close, nil
}

func defaultExtractor() (Extractor, error) { return extract.New() }
