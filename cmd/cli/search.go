package cli

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph/ask"
)

// SearchOptions are the inputs of `newsgraph search`.
type SearchOptions struct {
	Factory *Factory
	Text    string
	Limit   int
	JSON    bool
}

// NewSearchCmd returns `newsgraph search`.
func NewSearchCmd(f *Factory, runF func(*SearchOptions) error) *cobra.Command {
	opts := &SearchOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "search TEXT",
		Short: "Find entities by the start of a name or alias",
		Long: `Search lists the entities with a name or alias that starts with TEXT, or
with a word that does, ignoring case and accents: exact matches first.`,
		Example: `  newsgraph search shein
  newsgraph search merida
  newsgraph search "drug enf" --json`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Text = strings.Join(args, " ")
			if runF != nil {
				return runF(opts)
			}
			return searchRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().IntVar(&opts.Limit, "limit", 20, "most entities shown (0: all)")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print JSON (the document GET /api/search returns)")
	return cmd
}

func searchRun(ctx context.Context, opts *SearchOptions) error {
	a, release, err := openQuestioner(opts.Factory)
	if err != nil {
		return err
	}
	defer release()
	hits, err := a.Search(orBackground(ctx), opts.Text, opts.Limit)
	if err != nil {
		return err
	}
	out := opts.Factory.IO.Out
	if opts.JSON {
		return ask.EncodeJSON(out, hits)
	}
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tTYPE\tIRI\tMATCHED")
	for _, h := range hits {
		fmt.Fprintf(tw, "%s\t%s\t<%s>\t%s\n", h.Entity.Name, h.Entity.Type, h.Entity.IRI, h.Matched)
	}
	fmt.Fprintf(tw, "(%d entities)\n", len(hits))
	return tw.Flush()
}
