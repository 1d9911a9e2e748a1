package cli

import (
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/loaders/eval"
)

// EvalOptions are the inputs of `newsgraph eval`.
type EvalOptions struct {
	Factory     *Factory
	Dirs        []string
	Verbose     bool
	ByPredicate bool // Relations per predicate.
}

// NewEvalCmd returns `newsgraph eval`. runF replaces the run function in tests.
func NewEvalCmd(f *Factory, runF func(*EvalOptions) error) *cobra.Command {
	opts := &EvalOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "eval DIR...",
		Short: "Score the extractor against gold files",
		Long: `Eval runs the extractor on the article named by every *.gold.json in each
DIR (the article is looked up in DIR, then in DIR/../articles) and prints
precision, recall and F1 per field, micro-averaged over the articles
("published" is the share of articles whose gold date was found: its recall).

A set whose SOURCES.md has a table with "file" and "genre" columns is real
published text: its scores are also given per genre. Given several sets,
eval ends with the real and the written ones totalled apart (the real total
again per genre, and per predicate with --by-predicate): only real text is
evidence of quality. With --verbose it lists, per article, the gold items
missed and the extra items extracted.`,
		Example: "  newsgraph eval data/real/dev\n  newsgraph eval data/real/dev data/eval data/holdout\n  newsgraph eval data/eval --verbose",
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Dirs = args
			if runF != nil {
				return runF(opts)
			}
			return evalRun(opts)
		},
	}
	cmd.Flags().BoolVarP(&opts.Verbose, "verbose", "v", false, "list misses and extra items per article")
	cmd.Flags().BoolVar(&opts.ByPredicate, "by-predicate", false, "also score relations per predicate")
	return cmd
}

func evalRun(opts *EvalOptions) error {
	ex, err := opts.Factory.NewExtractor()
	if err != nil {
		return err
	}
	out := opts.Factory.IO.Out
	var real, written eval.Report
	realGenres := map[string]string{} // article -> genre over every real set
	for _, dir := range opts.Dirs {
		r, err := eval.ScoreDir(dir, ex)
		if err != nil {
			return err
		}
		genres, err := eval.Genres(dir)
		if err != nil {
			return err
		}
		kind := "written"
		if len(genres) > 0 {
			kind = "real"
			for _, a := range r.Articles {
				real.Add(a)
				realGenres[a.Article] = genres[a.Article]
			}
		} else {
			for _, a := range r.Articles {
				written.Add(a)
			}
		}
		fmt.Fprintf(out, "== %s: %d articles (%s)\n%s", dir, len(r.Articles), kind, r.Table())
		if failed := r.Failed(); len(failed) > 0 {
			fmt.Fprintf(out, "\nthe extractor failed on %d articles (scored as extracting nothing):\n", len(failed))
			for _, a := range failed {
				fmt.Fprintf(out, "  %s: %s\n", filepath.Join(dir, a.Article), a.Err)
			}
		}
		if len(genres) > 0 {
			fmt.Fprintf(out, "\nby genre (F1):\n%s", eval.GenreTable(r.ByGenre(genres)))
		}
		if opts.ByPredicate {
			fmt.Fprintf(out, "\nrelations by predicate:\n%s", r.RelationTable())
		}
		if opts.Verbose {
			fmt.Fprintf(out, "\n%s", r.Details())
		}
		fmt.Fprintln(out)
	}
	if len(opts.Dirs) > 1 {
		for _, t := range []struct {
			name   string
			r      eval.Report
			genres map[string]string
		}{{"real published text", real, realGenres}, {"text written for the project", written, nil}} {
			if len(t.r.Articles) == 0 {
				continue
			}
			fmt.Fprintf(out, "== all %s: %d articles\n%s", t.name, len(t.r.Articles), t.r.Table())
			if t.genres != nil {
				fmt.Fprintf(out, "\nby genre (F1):\n%s", eval.GenreTable(t.r.ByGenre(t.genres)))
			}
			if opts.ByPredicate {
				fmt.Fprintf(out, "\nrelations by predicate:\n%s", t.r.RelationTable())
			}
			fmt.Fprintln(out)
		}
	}
	return nil
}
