package cli

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/loaders/corpus"
)

// CorpusOptions are the inputs of `newsgraph corpus`.
type CorpusOptions struct {
	Factory  *Factory
	Articles int
	Seed     int64
	Out      string // JSON Lines file; "" or "-" for stdout
	Gold     string // directory for gold files and article texts; "" for none
	Start    string // publication day of the first article, YYYY-MM-DD; "" for the default
	PerDay   int    // articles a day; 0 for the default
}

// NewCorpusCmd returns `newsgraph corpus`. runF replaces the run function in tests.
func NewCorpusCmd(f *Factory, runF func(*CorpusOptions) error) *cobra.Command {
	opts := &CorpusOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "corpus",
		Short: "Generate a synthetic news corpus with gold annotations, for benchmarks",
		Long: `Corpus writes a deterministic corpus of synthetic wire-style articles on
US–Latin America security (seizures, extraditions, sanctions, attacks, trials,
hearings, agreements) as JSON Lines, one {"id","url","title","published","text"}
object per line: what load reads. The same --seed gives the same bytes, and a
corpus of N articles is the first N of any larger one. Articles are made one at
a time, so memory stays flat at any size.

The cast comes from the bundled gazetteer (governments, agencies, cartels,
organisations, agreements, office holders) plus invented officials, analysts
and a long tail of new people; events and quotations are invented.

With --gold DIR, each article's gold annotation (the extraction format) is
written as DIR/<name>.gold.json next to its text, DIR/<id> (the IDs end in
.txt), so that eval DIR scores the extractor on the corpus.`,
		Example: `  newsgraph corpus --articles 10000 --out corpus.jsonl
  newsgraph corpus --articles 200 --seed 7 --out c.jsonl --gold gold/ && newsgraph eval gold/
  newsgraph corpus --articles 50000 | newsgraph load --db bench.db -`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return corpusRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().IntVarP(&opts.Articles, "articles", "n", 1000, "how many articles to write")
	cmd.Flags().Int64Var(&opts.Seed, "seed", 1, "random seed: the same seed writes the same corpus")
	cmd.Flags().StringVarP(&opts.Out, "out", "o", "", "write the JSON Lines to `FILE` instead of stdout")
	cmd.Flags().StringVar(&opts.Gold, "gold", "", "also write each article's gold and text into `DIR`")
	cmd.Flags().StringVar(&opts.Start, "start", "", "publication day of the first article as `YYYY-MM-DD` (default "+corpus.DefaultStart.Format(time.DateOnly)+")")
	cmd.Flags().IntVar(&opts.PerDay, "per-day", corpus.DefaultPerDay, "articles published a day")
	return cmd
}

func corpusRun(ctx context.Context, opts *CorpusOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if opts.Articles < 0 {
		return flagErrorf("--articles %d: want 0 or more", opts.Articles)
	}
	if opts.PerDay < 1 {
		return flagErrorf("--per-day %d: want 1 or more", opts.PerDay)
	}
	cfg := corpus.Config{Seed: opts.Seed, Articles: opts.Articles, PerDay: opts.PerDay}
	if opts.Start != "" {
		t, err := time.Parse(time.DateOnly, opts.Start)
		if err != nil {
			return flagErrorf("--start %q: want YYYY-MM-DD", opts.Start)
		}
		cfg.Start = t
	}
	g, err := corpus.New(cfg)
	if err != nil {
		return err
	}
	if opts.Gold != "" {
		if err := os.MkdirAll(opts.Gold, 0o755); err != nil {
			return fmt.Errorf("gold directory: %w", err)
		}
	}

	var out io.Writer = opts.Factory.IO.Out
	var file *os.File
	name := "stdout"
	if opts.Out != "" && opts.Out != "-" {
		file, err = os.Create(opts.Out)
		if err != nil {
			return fmt.Errorf("corpus output: %w", err)
		}
		defer file.Close() // after a failure; the success path closes it and checks
		out, name = file, opts.Out
	}
	bw := bufio.NewWriterSize(out, 256<<10)
	n, size := 0, int64(0)
	for a, gold := range g.All() {
		if n%1000 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		w, err := corpus.WriteRecord(bw, a)
		if err != nil {
			return fmt.Errorf("write %s: %w", name, err)
		}
		size += int64(w)
		n++
		if opts.Gold != "" {
			if err := writeGold(opts.Gold, a.ID, a.Text, gold); err != nil {
				return err
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	if file != nil {
		if err := file.Close(); err != nil {
			return fmt.Errorf("write %s: %w", name, err)
		}
	}
	msg := fmt.Sprintf("wrote %d articles, %d bytes (%.1f MB), to %s", n, size, float64(size)/1e6, name)
	if opts.Gold != "" {
		msg += "; gold and texts in " + opts.Gold
	}
	fmt.Fprintln(opts.Factory.IO.ErrOut, msg)
	return nil
}

// writeGold writes an article's gold file and its text file into dir.
func writeGold(dir, id, text string, gold corpus.Gold) error {
	b, err := corpus.MarshalGold(gold)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, corpus.GoldName(id)), b, 0o644); err != nil {
		return fmt.Errorf("gold: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, id), []byte(text+"\n"), 0o644); err != nil {
		return fmt.Errorf("gold: %w", err)
	}
	return nil
}
