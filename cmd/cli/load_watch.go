package cli

import (
	"context"
	"crypto/sha1"
	"encoding/json"
	"fmt"
	"iter"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/schema"
)

// recordFilter chooses the records a poll writes.
type recordFilter func(iter.Seq2[loaders.Record, error]) iter.Seq2[loaders.Record, error]

// watchRun loads opts.Paths into l's store every opts.Watch; see watch.
func watchRun(ctx context.Context, f *Factory, opts *LoadOptions, l *Loader) error {
	l.Progress = false // a bar per poll would be noise
	return watch(ctx, f, opts, func(ctx context.Context, only recordFilter) (LoadSummary, error) {
		l.filter = only
		return l.Load(ctx, opts.Paths)
	})
}

// watchThroughServer is watchRun for a store the writable serve sf holds:
// each poll reads opts.Paths here and sends what is new or changed to the
// server, which extracts and writes it.
func watchThroughServer(ctx context.Context, f *Factory, opts *LoadOptions, sf serverFile, reader loaders.Reader) error {
	return watch(ctx, f, opts, func(ctx context.Context, only recordFilter) (LoadSummary, error) {
		return loadThroughServer(ctx, sf, articlesOf(only(reader.ReadRecords(opts.Paths))), f.IO.ErrOut)
	})
}

// watch calls poll every opts.Watch until ctx ends or the process is
// interrupted, printing one summary per poll (one JSON line with --json).
// A poll writes only the articles (and N-Quads labels) that are new or
// changed since an earlier poll of this run; URLs unchanged since the last
// fetch are not fetched whole (conditional GET).
func watch(ctx context.Context, f *Factory, opts *LoadOptions, poll func(context.Context, recordFilter) (LoadSummary, error)) error {
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	seen := map[string][sha1.Size]byte{}
	only := func(recs iter.Seq2[loaders.Record, error]) iter.Seq2[loaders.Record, error] {
		return onlyChanged(recs, seen)
	}
	enc := json.NewEncoder(f.IO.Out)
	for {
		sum, err := poll(ctx, only)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			return fmt.Errorf("load: %w", err)
		}
		if opts.JSON {
			if err := enc.Encode(sum); err != nil {
				return fmt.Errorf("load: write summary: %w", err)
			}
		} else {
			fmt.Fprintf(f.IO.Out, "%s %s\n", time.Now().Format(time.TimeOnly), sum)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(opts.Watch):
		}
	}
}

// articlesOf yields the articles of recs; a set of N-Quads is an error, as
// loaders.Reader.ReadAll makes it: /api/load takes articles only.
func articlesOf(recs iter.Seq2[loaders.Record, error]) iter.Seq2[schema.Article, error] {
	return func(yield func(schema.Article, error) bool) {
		for rec, err := range recs {
			if err == nil && rec.Quads != nil {
				err = &loaders.ParseError{Source: rec.Quads.Source, Err: fmt.Errorf("%w: label %s", loaders.ErrNQuadsNotArticles, rec.Quads.Label)}
			}
			if !yield(rec.Article, err) {
				return
			}
		}
	}
}

// onlyChanged yields the records of recs that seen does not hold as they
// are, and the errors; it records what it yields.
func onlyChanged(recs iter.Seq2[loaders.Record, error], seen map[string][sha1.Size]byte) iter.Seq2[loaders.Record, error] {
	return func(yield func(loaders.Record, error) bool) {
		for rec, err := range recs {
			if err == nil {
				rec, err = rec.Resolve() // a page is known by what it says
			}
			if err == nil {
				key, sum := recordKey(rec)
				if prev, ok := seen[key]; ok && prev == sum {
					continue
				}
				seen[key] = sum
			}
			if !yield(rec, err) {
				return
			}
		}
	}
}

// recordKey names a record and sums what it holds.
func recordKey(rec loaders.Record) (string, [sha1.Size]byte) {
	h := sha1.New()
	if q := rec.Quads; q != nil {
		for _, x := range q.Quads {
			fmt.Fprintln(h, x.NQuad())
		}
		var s [sha1.Size]byte
		copy(s[:], h.Sum(nil))
		return "quads " + q.Source + " " + string(q.Label), s
	}
	a := rec.Article
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\x00%s", a.ID, a.Title, a.URL, a.Published.Format(time.RFC3339Nano), a.Text)
	var s [sha1.Size]byte
	copy(s[:], h.Sum(nil))
	return "article " + a.ID, s
}
