package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/loaders/eval"
)

// EvalOptions are the inputs of `newsgraph eval`.
type EvalOptions struct {
	Factory *Factory
	Dir     string
	Verbose bool
}

// NewEvalCmd returns `newsgraph eval`. runF replaces the run function in tests.
func NewEvalCmd(f *Factory, runF func(*EvalOptions) error) *cobra.Command {
	opts := &EvalOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "eval DIR",
		Short: "Score the extractor against gold files",
		Long: `Eval runs the extractor on the article named by every *.gold.json in DIR
(the article is looked up in DIR, then in DIR/../articles) and prints
precision, recall and F1 per field, micro-averaged over the articles. With
--verbose it lists, per article, the gold items missed and the extra items
extracted.`,
		Example: "  newsgraph eval data/eval\n  newsgraph eval data/eval --verbose",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Dir = args[0]
			if runF != nil {
				return runF(opts)
			}
			return evalRun(opts)
		},
	}
	cmd.Flags().BoolVarP(&opts.Verbose, "verbose", "v", false, "list misses and extra items per article")
	return cmd
}

func evalRun(opts *EvalOptions) error {
	ex, err := opts.Factory.NewExtractor()
	if err != nil {
		return err
	}
	r, err := eval.ScoreDir(opts.Dir, ex)
	if err != nil {
		return err
	}
	out := opts.Factory.IO.Out
	fmt.Fprintf(out, "%d articles\n%s", len(r.Articles), r.Table())
	if opts.Verbose {
		fmt.Fprintf(out, "\n%s", r.Details())
	}
	return nil
}
