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
}

// NewStatsCmd returns `newsgraph stats`.
func NewStatsCmd(f *Factory, runF func(*StatsOptions) error) *cobra.Command {
	opts := &StatsOptions{Factory: f}
	cmd := &cobra.Command{
		Use:     "stats",
		Short:   "Count the store's quads, nodes and articles",
		Example: "  newsgraph stats\n  newsgraph --db memory stats --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return statsRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print JSON")
	return cmd
}

func statsRun(ctx context.Context, opts *StatsOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	store, release, err := opts.Factory.OpenStore()
	if err != nil {
		return err
	}
	defer release()
	st, err := store.Stats(ctx)
	if err != nil {
		return err
	}
	out := opts.Factory.IO.Out
	if opts.JSON {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return enc.Encode(st)
	}
	fmt.Fprintf(out, "backend   %s\narticles  %d\nquads     %d\nnodes     %d\n", st.Backend, st.Articles, st.Quads, st.Nodes)
	return nil
}
