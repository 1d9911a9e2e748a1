package cli

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"
)

// StatsOptions are the inputs of `newsgraph stats`.
type StatsOptions struct {
	Factory *Factory
	JSON    bool
	Nodes   bool // Also count nodes (reads every node).
}

// NewStatsCmd returns `newsgraph stats`.
func NewStatsCmd(f *Factory, runF func(*StatsOptions) error) *cobra.Command {
	opts := &StatsOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Count the store's quads and articles (and nodes with --nodes)",
		Long: `Stats counts the quads stored and the articles, through the store's
indexes. Quads are what the store keeps: each fact once, each article's
assertion of it, and the name keys (see "newsgraph export" for the quads as
the articles wrote them). --nodes also counts the nodes, which reads every
node and takes seconds on a large store.`,
		Example: "  newsgraph stats\n  newsgraph --db memory stats --json --nodes",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return statsRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print JSON")
	cmd.Flags().BoolVar(&opts.Nodes, "nodes", false, "also count nodes (reads every node)")
	return cmd
}

func statsRun(ctx context.Context, opts *StatsOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	store, release, err := opts.Factory.OpenStoreReadOnly()
	if err != nil {
		return err
	}
	defer release()
	count := store.Summary
	if opts.Nodes {
		count = store.Stats
	}
	st, err := count(ctx)
	if err != nil {
		return err
	}
	out := opts.Factory.IO.Out
	if opts.JSON {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return enc.Encode(st)
	}
	fmt.Fprintf(out, "backend   %s\narticles  %d\nquads     %d\n", st.Backend, st.Articles, st.Quads)
	if opts.Nodes {
		fmt.Fprintf(out, "nodes     %d\n", st.Nodes)
	}
	return nil
}
