package cli

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/schema"
)

// LoadOptions are the inputs of `newsgraph load`.
type LoadOptions struct {
	Factory *Factory
	Paths   []string // Files, directories, or "-" for stdin.
	Workers int      // Extraction workers; 0 means GOMAXPROCS.
	// MaxArticleBytes bounds one article (--max-article-bytes).
	MaxArticleBytes int64
	// Format overrides detection for every input (--format); "" detects.
	Format loaders.Format
	// JSON prints the summary as one JSON object (--json).
	JSON bool
	// Watch, when positive, loads the paths again at this interval,
	// writing only what is new or changed (--watch).
	Watch time.Duration
	// Refetch fetches URLs whole, without the validators kept from earlier
	// loads into the same store (--refetch).
	Refetch bool
}

// NewLoadCmd returns `newsgraph load`. runF replaces the run function in tests.
func NewLoadCmd(f *Factory, runF func(*LoadOptions) error) *cobra.Command {
	opts := &LoadOptions{Factory: f}
	var format string
	cmd := &cobra.Command{
		Use:   "load PATH|URL...",
		Short: "Extract articles and write them into the store",
		Long: `Load reads articles, extracts entities, roles, statements, agreements and
relations, and writes each article into the store in one transaction,
replacing what it wrote before: loading the same article twice changes nothing.

A PATH is a file, a directory (walked for the known extensions) or "-" for
standard input. A URL (http or https) is fetched: a page or a feed (the
format from its Content-Type, else its bytes), with a 30 s timeout, the size
limits below, a User-Agent naming newsgraph and robots.txt respected; one
unchanged since the last load into the same store (ETag, Last-Modified) is
skipped, unless --refetch.

--watch INTERVAL loads the paths again every INTERVAL until interrupted,
printing a summary line per poll (a JSON line with --json) and writing only
the articles new or changed since an earlier poll (through the server when
a writable serve holds the store, as a plain load does). Formats: plain text (.txt, first line the title), HTML pages
(.html, .htm), JSON Lines (.jsonl, .ndjson; one {"id","url","title",
"published","text"} object per line), RSS, Atom and JSON Feed feeds (.rss,
.atom, .xml, a .json JSON Feed; an item's HTML read as a page's), and N-Quads (.nq, .nquads): a graph made elsewhere, written as it
is, one replace per label (quads without a label go under the article
named after the file, so "newsgraph delete FILE" removes them). Standard
input's format is detected from its first bytes; --format reads every
input as the format it names. Any of them may be gzipped (story.txt.gz, feed.jsonl.gz). A directory's other
files are listed on standard error as skipped, with the reason, and counted.

An article over --max-article-bytes (2 MB; a .gz file may decompress to at
most 1 GB, an HTML page hold 8 times the limit in markup), a text the
extractor refuses (over 10,000 quotations or 200,000 names) or one that
yields over 20,000 quads is one error naming the file and line or record;
it is not read whole, nothing of it is written, and the load goes on.

Extraction (and reading HTML pages, the slow part of reading) runs on
--workers goroutines; articles are written in input
order, up to 10,000 quads (500 articles) per transaction, each article
all or nothing. A person named only by surname ("Sheinbaum") is
given the full name already in the store ("Claudia Sheinbaum") when exactly
one person fits. A bad input is named with its file, line and reason, the
rest still loads, nothing of the bad article is written, and the exit status
is 1.

--json prints the summary as one JSON object instead of the text line:
"loaded", "new", "replaced", "unchanged", "quads", "added", "removed",
"errors", "skipped_files", "articles" (each written: id, source, status,
quads, added, removed), "failed" (source, line, reason) and "skipped"
(path, reason).`,
		Example: `  newsgraph load data/articles
  newsgraph --db /tmp/g.db load story.txt page.html feed.rss
  curl -s https://example.org/feed.xml | newsgraph load -
  newsgraph load https://example.org/feed.xml https://example.org/news/story
  newsgraph load --format nquads --json graph-dump.txt`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if opts.Workers < 0 {
				return flagErrorf("--workers must be 0 (one per CPU) or more, not %d", opts.Workers)
			}
			if opts.MaxArticleBytes <= 0 {
				return flagErrorf("--max-article-bytes must be positive, not %d", opts.MaxArticleBytes)
			}
			if opts.Watch < 0 {
				return flagErrorf("--watch must be a positive interval, not %s", opts.Watch)
			}
			if format != "" {
				f, err := loaders.ParseFormat(format)
				if err != nil {
					return flagErrorf("--format: %v", err)
				}
				opts.Format = f
			}
			if runF != nil {
				return runF(opts)
			}
			return loadRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&format, "format", "", "read every input as text, jsonl, html, feed or nquads (default: detect)")
	cmd.Flags().DurationVar(&opts.Watch, "watch", 0, "load again every `INTERVAL` (e.g. 5m) until interrupted, writing only new or changed articles")
	cmd.Flags().BoolVar(&opts.Refetch, "refetch", false, "fetch URLs whole, not only when changed since the last load into this store")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print the summary as JSON: counts, every article written, every failure and skipped file with its reason")
	cmd.Flags().IntVarP(&opts.Workers, "workers", "j", 0, "extraction workers (0: one per CPU)")
	cmd.Flags().Int64Var(&opts.MaxArticleBytes, "max-article-bytes", loaders.DefaultMaxArticleBytes, "refuse an article larger than this")
	return cmd
}

// LoadSummary is what one load did; `load --json` prints it as it is.
type LoadSummary struct {
	Articles  int `json:"loaded"`    // Articles (or N-Quads labels) written.
	New       int `json:"new"`       // Of those, ones the store did not have.
	Replaced  int `json:"replaced"`  // Ones whose quads changed.
	Unchanged int `json:"unchanged"` // Ones written as they already were.
	Quads     int `json:"quads"`     // Quads those articles now have.
	Added     int `json:"added"`     // Quads added.
	Removed   int `json:"removed"`   // Quads removed.
	Errors    int `json:"errors"`    // Inputs or records that failed.
	// Skipped counts files in directories that were not read (hidden,
	// other formats).
	Skipped int `json:"skipped_files"`
	// Written lists the articles written, in input order, when the
	// Loader's Detail is set.
	Written []LoadedArticle `json:"articles,omitempty"`
	// Failed and Skips say what failed and what was skipped, and why.
	Failed []LoadFailure `json:"failed"`
	Skips  []LoadSkip    `json:"skipped"`
}

// LoadedArticle is one article a load wrote.
type LoadedArticle struct {
	ID      string `json:"id"`     // The article ID, or an N-Quads label.
	Source  string `json:"source"` // The file it was read from.
	Status  string `json:"status"` // "new", "replaced" or "unchanged".
	Quads   int    `json:"quads"`
	Added   int    `json:"added"`
	Removed int    `json:"removed"`
}

// LoadFailure is one input or record a load could not write.
type LoadFailure struct {
	Source string `json:"source,omitempty"` // File, "-" for stdin.
	Line   int    `json:"line,omitempty"`   // Line or record, when known.
	Reason string `json:"reason"`           // The whole error.
}

// LoadSkip is one file a directory walk did not read.
type LoadSkip struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// failure describes err, read from source when err does not say.
func failure(source string, err error) LoadFailure {
	f := LoadFailure{Source: source, Reason: err.Error()}
	var pe *loaders.ParseError
	if errors.As(err, &pe) {
		f.Source, f.Line = pe.Source, pe.Line
	}
	return f
}

// status says what a write did to the article: new (it had no quads
// before), unchanged or replaced.
func status(ch graph.Change) string {
	switch {
	case ch.Total-ch.Added+ch.Removed == 0:
		return "new"
	case ch.Added == 0 && ch.Removed == 0:
		return "unchanged"
	}
	return "replaced"
}

// count adds one write's change to the summary.
func (s *LoadSummary) count(ch graph.Change) string {
	s.Articles++
	s.Quads += ch.Total
	s.Added += ch.Added
	s.Removed += ch.Removed
	st := status(ch)
	switch st {
	case "new":
		s.New++
	case "unchanged":
		s.Unchanged++
	default:
		s.Replaced++
	}
	return st
}

// String is the summary line load prints at the end.
func (s LoadSummary) String() string {
	line := fmt.Sprintf("loaded %d articles, %d quads (+%d -%d), %d errors",
		s.Articles, s.Quads, s.Added, s.Removed, s.Errors)
	if s.Skipped > 0 {
		line += fmt.Sprintf(", %d files skipped", s.Skipped)
	}
	return line
}

func loadRun(ctx context.Context, opts *LoadOptions) error {
	f := opts.Factory
	if ctx == nil {
		ctx = context.Background()
	}
	if sf, ok := f.announcedServer(); ok && sf.Token != "" {
		// A writable serve holds the store: it loads for us.
		fmt.Fprintf(f.IO.ErrOut, "loading through the server at %s\n", sf.URL)
		reader := loaders.Reader{Stdin: f.IO.In, MaxArticleBytes: opts.MaxArticleBytes, Format: opts.Format,
			Fetcher: fetcherFor(f.DB, opts.Refetch)}
		if opts.Watch > 0 {
			return watchThroughServer(ctx, f, opts, sf, reader)
		}
		sum, err := loadThroughServer(ctx, sf, reader.ReadAll(opts.Paths), f.IO.ErrOut)
		return loadDone(f, opts, sum, err)
	}
	// A new store has none of what earlier loads fetched: URLs' kept
	// validators go with it.
	fresh := storeMissing(f.DB)
	store, release, err := f.OpenStore()
	if err != nil {
		if sf, ok := f.announcedServer(); ok {
			return fmt.Errorf("load: a read-only serve (pid %d, %s) holds %s: stop it, or run it with --writable and load goes through it: %w", sf.PID, sf.URL, f.DB, err)
		}
		return err
	}
	defer release()
	ex, err := f.NewExtractor()
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	l := &Loader{Store: store, Extractor: ex, IO: f.IO, Workers: opts.Workers, Progress: f.IO.IsTerminal,
		MaxArticleBytes: opts.MaxArticleBytes, Format: opts.Format, Detail: opts.JSON, Fetcher: fetcherFor(f.DB, opts.Refetch)}
	l.Fetcher.Fresh = fresh
	if opts.Watch > 0 {
		return watchRun(ctx, f, opts, l)
	}
	sum, err := l.Load(ctx, opts.Paths)
	return loadDone(f, opts, sum, err)
}

// fetcherFor is the Fetcher of a load into the store db: it keeps URLs'
// validators (for conditional GET) in the user's cache directory, one file
// per store, so that a URL unchanged since the last load into this store
// is not fetched again. A memory store, or refetch, keeps none.
func fetcherFor(db string, refetch bool) *loaders.Fetcher {
	f := &loaders.Fetcher{}
	if refetch || db == graph.BackendMemory {
		return f
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		return f
	}
	key := db
	if abs, err := filepath.Abs(db); err == nil && !strings.Contains(db, "://") {
		key = abs
	}
	sum := sha1.Sum([]byte(key))
	f.CacheFile = filepath.Join(dir, "newsgraph", "http-"+hex.EncodeToString(sum[:8])+".json")
	return f
}

// storeMissing reports whether db names a bolt file that does not exist
// yet (the load creates it).
func storeMissing(db string) bool {
	if db == "" || db == graph.BackendMemory || strings.Contains(db, "://") {
		return false
	}
	_, err := os.Stat(db)
	return errors.Is(err, fs.ErrNotExist)
}

// loadDone prints a load's summary (as JSON with --json) and gives its
// exit: an error for a failed load, ErrSilent when some records failed.
func loadDone(f *Factory, opts *LoadOptions, sum LoadSummary, err error) error {
	if opts.JSON {
		if err != nil {
			sum.Errors++
			sum.Failed = append(sum.Failed, LoadFailure{Reason: "load: " + err.Error()})
		}
		if sum.Failed == nil {
			sum.Failed = []LoadFailure{}
		}
		if sum.Skips == nil {
			sum.Skips = []LoadSkip{}
		}
		enc := json.NewEncoder(f.IO.Out)
		enc.SetIndent("", "  ")
		if werr := enc.Encode(sum); werr != nil {
			return fmt.Errorf("load: write summary: %w", werr)
		}
		if sum.Errors > 0 {
			return ErrSilent
		}
		return nil
	}
	fmt.Fprintln(f.IO.Out, sum)
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	if sum.Errors > 0 {
		return ErrSilent
	}
	return nil
}

// LoadArticles extracts and writes every article under paths with one
// worker per CPU, reporting each failure on io.ErrOut and going on with the
// rest. A failure of the whole load (the store cannot be read, ctx is
// cancelled) is reported and counted as an error.
func LoadArticles(ctx context.Context, store *graph.Store, ex Extractor, paths []string, io *IOStreams) LoadSummary {
	l := &Loader{Store: store, Extractor: ex, IO: io}
	sum, err := l.Load(ctx, paths)
	if err != nil {
		fmt.Fprintf(io.ErrOut, "error: %v\n", err)
		sum.Errors++
	}
	return sum
}

// Loader reads, extracts and writes articles: extraction runs on Workers
// goroutines, writes happen in input order, many articles per transaction
// (each all or nothing), so a load's result does not depend on scheduling.
type Loader struct {
	Store     *graph.Store
	Extractor Extractor
	IO        *IOStreams // In for "-"; failures on ErrOut.
	Workers   int        // 0 means GOMAXPROCS.
	Progress  bool       // Redraw a progress line on ErrOut.
	// MaxArticleBytes bounds one article as read; 0 means
	// loaders.DefaultMaxArticleBytes.
	MaxArticleBytes int64
	// MaxArticleQuads bounds the quads of one article, all written in one
	// transaction, which is what a load's memory grows with; 0 means
	// DefaultMaxArticleQuads.
	MaxArticleQuads int
	// Format, when set, is the format of every input (loaders.Reader.Format).
	Format loaders.Format
	// Detail lists every article written in the summary's Written.
	Detail bool
	// Fetcher fetches URL paths; nil keeps no validators between loads.
	Fetcher *loaders.Fetcher
	// filter, when set, chooses the records Load writes (--watch).
	filter func(iter.Seq2[loaders.Record, error]) iter.Seq2[loaders.Record, error]
}

// DefaultMaxArticleQuads is Loader's limit on one article's quads: two
// full batches (a bundled article yields 70–190).
const DefaultMaxArticleQuads = 2 * batchQuads

// loadJob is one record on its way from the reader to the writer.
type loadJob struct {
	seq     int
	article schema.Article
	raw     *loaders.QuadSet               // N-Quads, written as they are.
	read    func() (schema.Article, error) // Reads article: an HTML page, parsed by the worker.
	err     error                          // A read or extraction failure: nothing to write.
	x       schema.Extraction
	quads   []quad.Quad // x's quads, built by the worker.
}

// Load loads every article under paths. Per-record failures are printed
// on l.IO.ErrOut and counted in the summary; the error return is for
// failures of the whole load.
func (l *Loader) Load(ctx context.Context, paths []string) (LoadSummary, error) {
	// HTML pages are parsed on the workers, beside extraction.
	reader := loaders.Reader{Stdin: l.IO.In, MaxArticleBytes: l.MaxArticleBytes, ReportSkipped: true, Format: l.Format, Fetcher: l.Fetcher,
		DeferHTML: true}
	var total int64 // bytes to read; -1 when unknown (stdin)
	var read atomic.Int64
	if l.Progress {
		total = inputBytes(paths)
		reader.Progress = func(n int64) { read.Add(n) }
	}
	records := reader.ReadRecords(paths)
	if l.filter != nil {
		records = l.filter(records)
	}
	return l.loadRecords(ctx, records, total, &read)
}

// inputBytes is the size of the files under paths, or -1 when one is
// standard input.
func inputBytes(paths []string) int64 {
	files, _ := loaders.Files(paths)
	var n int64
	for _, f := range files {
		if f == loaders.Stdin || loaders.IsURL(f) {
			return -1
		}
		if fi, err := os.Stat(f); err == nil {
			n += fi.Size()
		}
	}
	return n
}

// LoadSeq is Load over the articles (or read failures) of articles.
func (l *Loader) LoadSeq(ctx context.Context, articles iter.Seq2[schema.Article, error]) (LoadSummary, error) {
	return l.loadRecords(ctx, func(yield func(loaders.Record, error) bool) {
		for a, err := range articles {
			if !yield(loaders.Record{Article: a}, err) {
				return
			}
		}
	}, -1, nil)
}

// loadRecords is Load over records: articles are extracted, sets of quads
// written as they are.
// With l.Progress, a bar shows read of total bytes (total -1: unknown).
func (l *Loader) loadRecords(ctx context.Context, records iter.Seq2[loaders.Record, error], total int64, read *atomic.Int64) (LoadSummary, error) {
	var sum LoadSummary
	workers := l.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	resolver, err := l.Store.NewResolver(ctx)
	if err != nil {
		return sum, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// At most inflight records are read ahead of the writer, which bounds
	// the reorder buffer however slow one article's extraction is.
	inflight := make(chan struct{}, 4*workers)
	jobs := make(chan loadJob, workers)
	results := make(chan loadJob, workers)

	go func() { // reader
		defer close(jobs)
		seq := 0
		for rec, err := range records {
			select {
			case inflight <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- loadJob{seq: seq, article: rec.Article, raw: rec.Quads, read: rec.Read, err: err}:
			case <-ctx.Done():
				return
			}
			seq++
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if j.err == nil && j.read != nil {
					j.article, j.err = j.read()
				}
				if j.err == nil && j.raw != nil {
					if max := l.maxQuads(); len(j.raw.Quads) > max {
						j.err = fmt.Errorf("%s: label %s: %d quads, more than the %d one article may have", j.raw.Source, j.raw.Label, len(j.raw.Quads), max)
					}
				} else if j.err == nil {
					j.x, j.err = l.extract(j.article)
				}
				if j.err == nil {
					// Built here, in parallel; the writer rebuilds them
					// only when resolving people renames someone.
					j.quads = schema.Quads(j.article, j.x)
					if max := l.maxQuads(); len(j.quads) > max {
						j.err = fmt.Errorf("%s: %s: %d quads, more than the %d one article may have", j.article.Source, j.article.ID, len(j.quads), max)
						j.x, j.quads = schema.Extraction{}, nil
					}
				}
				select {
				case results <- j:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	p := newProgress(l.IO.ErrOut, l.Progress, total, read)
	defer p.done()
	b := &batch{l: l, sum: &sum, p: p}
	pending := map[int]loadJob{}
	next := 0
	ids := map[string]string{} // article ID → where it was read, to warn of collisions
	for j := range results {
		pending[j.seq] = j
		for {
			j, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			b.add(ctx, j, resolver, ids)
			p.update(sum)
			<-inflight
		}
	}
	b.flush(ctx)
	if err := ctx.Err(); err != nil {
		return sum, err
	}
	return sum, nil
}

// extract runs the extractor, turning a panic into an error naming the
// article so that one bad article cannot stop the load.
func (l *Loader) extract(a schema.Article) (x schema.Extraction, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: extract %s: panic: %v", a.Source, a.ID, r)
		}
	}()
	if be, ok := l.Extractor.(boundedExtractor); ok {
		if x, err = be.ExtractBounded(a); err != nil {
			return x, fmt.Errorf("%s: extract %s: %w", a.Source, a.ID, err)
		}
	} else {
		x = l.Extractor.Extract(a)
	}
	if err := x.Validate(); err != nil {
		return x, fmt.Errorf("%s: extract %s: %w", a.Source, a.ID, err)
	}
	return x, nil
}

// boundedExtractor is an Extractor that refuses an article beyond its
// limits with an error (extract.Extractor does).
type boundedExtractor interface {
	ExtractBounded(schema.Article) (schema.Extraction, error)
}

func (l *Loader) maxQuads() int {
	if l.MaxArticleQuads > 0 {
		return l.MaxArticleQuads
	}
	return DefaultMaxArticleQuads
}

// Batch bounds: articles are written many per transaction (each still all
// or nothing), which is most of the speed of a bulk load. A batch holds
// at most batchQuads quads, and on bolt fewer when the last commit wrote
// more than batchPages pages for that many: as a store grows, each quad
// dirties more pages of its B-trees (about 1.6 a quad at 10,000 articles,
// 6 at 100,000), and a commit holds every page it dirties in memory. The
// first batch of a load is small (minBatchQuads): it measures the rate.
const (
	batchArticles = 500
	batchQuads    = 10000
	batchPages    = 24000 // 94 MiB of 4 KiB pages
	minBatchQuads = 1000
)

// batch collects resolved articles in input order and writes them together.
type batch struct {
	l      *Loader
	sum    *LoadSummary
	p      *progress
	writes []graph.ArticleWrite
	docs   []schema.Article
	quads  int
	limit  int // quads per batch: batchQuads, or fewer (flush)
}

// add resolves people in j's extraction, builds its quads and queues it,
// writing the batch when it is full.
func (b *batch) add(ctx context.Context, j loadJob, r *graph.Resolver, ids map[string]string) {
	var skip *loaders.SkipError
	if errors.As(j.err, &skip) {
		b.p.printf("%v\n", skip)
		b.sum.Skipped++
		b.sum.Skips = append(b.sum.Skips, LoadSkip{Path: skip.Path, Reason: skip.Reason})
		return
	}
	if j.err != nil {
		source := j.article.Source
		if j.raw != nil {
			source = j.raw.Source
		}
		b.fail(source, j.err)
		return
	}
	if j.raw != nil {
		// a graph made elsewhere: written as it is, no names resolved
		a := schema.Article{ID: string(j.raw.Label), Source: j.raw.Source}
		if prev, dup := ids[string(j.raw.Label)]; dup {
			b.p.printf("warning: %s: label %s was also read from %s in this load; the later one replaces it\n", a.Source, a.ID, prev)
		}
		ids[string(j.raw.Label)] = a.Source
		b.queue(ctx, j.raw.Label, j.raw.Quads, a)
		return
	}
	a := j.article
	label := schema.ArticleIRI(a.ID)
	if prev, dup := ids[string(label)]; dup {
		b.p.printf("warning: %s: article %s was also read from %s in this load; the later one replaces it\n", a.Source, a.ID, prev)
	}
	ids[string(label)] = a.Source
	x, renamed, err := r.Resolve(ctx, j.x)
	if err != nil {
		b.fail(a.Source, fmt.Errorf("%s: resolve names: %w", a.Source, err))
		return
	}
	quads := j.quads
	if renamed {
		quads = schema.Quads(a, x)
	}
	r.Learn(x)
	b.queue(ctx, label, quads, a)
}

// fail reports and counts a record of source that cannot be written.
func (b *batch) fail(source string, err error) {
	b.p.printf("error: %v\n", err)
	b.sum.Errors++
	b.sum.Failed = append(b.sum.Failed, failure(source, err))
}

// queue adds one article's write to the batch, writing the batch when it
// is full.
func (b *batch) queue(ctx context.Context, label quad.IRI, quads []quad.Quad, a schema.Article) {
	b.writes = append(b.writes, graph.ArticleWrite{Label: label, Quads: quads})
	b.docs = append(b.docs, a)
	b.quads += len(quads)
	if b.limit == 0 {
		b.limit = minBatchQuads // the first batch measures the store
	}
	if len(b.writes) >= batchArticles || b.quads >= b.limit {
		b.flush(ctx)
	}
}

// flush writes the queued articles and reports each failure.
func (b *batch) flush(ctx context.Context) {
	if len(b.writes) == 0 {
		return
	}
	pages := b.l.Store.PagesWritten()
	results := b.l.Store.WriteArticles(ctx, b.writes)
	b.limit = nextBatchQuads(b.quads, b.l.Store.PagesWritten()-pages)
	for i, res := range results {
		a := b.docs[i]
		if res.Err != nil {
			b.p.printf("error: %s: %s: %v\n", a.Source, a.ID, res.Err)
			b.sum.Errors++
			b.sum.Failed = append(b.sum.Failed, LoadFailure{Source: a.Source, Reason: fmt.Sprintf("%s: %v", a.ID, res.Err)})
			continue
		}
		st := b.sum.count(res.Change)
		if b.l.Detail {
			b.sum.Written = append(b.sum.Written, LoadedArticle{ID: a.ID, Source: a.Source, Status: st,
				Quads: res.Total, Added: res.Added, Removed: res.Removed})
		}
	}
	b.writes, b.docs, b.quads = b.writes[:0], b.docs[:0], 0
}

// nextBatchQuads sizes the next batch from the last one, which wrote
// pages pages for quads quads: as many quads as fit batchPages at that
// rate, between minBatchQuads and batchQuads.
func nextBatchQuads(quads int, pages int64) int {
	if quads == 0 || pages <= 0 {
		return batchQuads // nothing written, or not bolt
	}
	n := int(int64(batchPages) * int64(quads) / pages)
	return max(minBatchQuads, min(n, batchQuads))
}

// progress draws a progress bar on a terminal: bytes read of the input,
// rate and time left, articles written and errors. Messages printed
// through it clear the bar first; it is redrawn on the next update.
type progress struct {
	w    io.Writer
	bar  *progressbar.ProgressBar // nil when off.
	read *atomic.Int64            // Bytes read so far.
	last time.Time                // When the bar was last drawn.
}

// progressEvery is how often the bar is redrawn at most.
const progressEvery = 100 * time.Millisecond

func newProgress(w io.Writer, on bool, total int64, read *atomic.Int64) *progress {
	p := &progress{w: w, read: read}
	if !on {
		return p
	}
	if p.read == nil {
		p.read = new(atomic.Int64)
		total = -1
	}
	p.bar = progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("loading"),
		progressbar.OptionShowBytes(true),
		progressbar.OptionShowCount(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionSetWidth(24),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionShowDescriptionAtLineEnd(),
		progressbar.OptionSetRenderBlankState(true),
	)
	return p
}

func (p *progress) printf(format string, args ...any) {
	if p.bar != nil {
		p.bar.Clear()
	}
	fmt.Fprintf(p.w, format, args...)
}

// update moves the bar to the bytes read and shows s's counts.
func (p *progress) update(s LoadSummary) {
	if p.bar == nil {
		return
	}
	if now := time.Now(); now.Sub(p.last) >= progressEvery {
		p.last = now
		p.bar.Describe(fmt.Sprintf("%d articles, %d quads, %d errors", s.Articles, s.Quads, s.Errors))
		p.bar.Set64(p.read.Load())
	}
}

func (p *progress) done() {
	if p.bar != nil {
		p.bar.Finish()
		p.bar.Clear()
	}
}
