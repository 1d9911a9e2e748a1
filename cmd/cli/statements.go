package cli

import (
	"context"
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph/ask"
)

// StatementsOptions are the inputs of `newsgraph statements`.
type StatementsOptions struct {
	Factory *Factory
	By      string
	About   string
	Since   string // YYYY-MM-DD or RFC 3339.
	Until   string // YYYY-MM-DD (the whole day) or RFC 3339.
	Limit   int
	JSON    bool
}

// NewStatementsCmd returns `newsgraph statements`.
func NewStatementsCmd(f *Factory, runF func(*StatementsOptions) error) *cobra.Command {
	opts := &StatementsOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "statements",
		Short: "List who said what, about whom, and where it was read",
		Long: `Statements lists quotations with their speaker, what they are about, the
date and the article they were read in, oldest first. --by and --about take
any name, alias, surname or IRI; --since and --until keep statements from
articles published on or after, on or before a date (statements from
undated articles are left out).`,
		Example: `  newsgraph statements --by Sheinbaum
  newsgraph statements --about Mexico --since 2025-01-01
  newsgraph statements --by Rubio --since 2025-01-01 --until 2025-03-31
  newsgraph statements --json --limit 10`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Since != "" {
				if _, err := ask.ParseDate(opts.Since); err != nil {
					return flagErrorf("--since: %v", err)
				}
			}
			if opts.Until != "" {
				if _, err := ask.ParseUntil(opts.Until); err != nil {
					return flagErrorf("--until: %v", err)
				}
			}
			if runF != nil {
				return runF(opts)
			}
			return statementsRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.By, "by", "", "only statements by `NAME`")
	cmd.Flags().StringVar(&opts.About, "about", "", "only statements about `NAME`")
	cmd.Flags().StringVar(&opts.Since, "since", "", "only statements read in articles published since `DATE` (YYYY-MM-DD)")
	cmd.Flags().StringVar(&opts.Until, "until", "", "only statements read in articles published until `DATE` (YYYY-MM-DD, that day included)")
	cmd.Flags().IntVar(&opts.Limit, "limit", 0, "most statements shown, the newest (0: 100; at most 1000)")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print JSON (the document GET /api/statements returns)")
	return cmd
}

func statementsRun(ctx context.Context, opts *StatementsOptions) error {
	filter := ask.StatementFilter{By: opts.By, About: opts.About, Limit: opts.Limit}
	if opts.Since != "" {
		t, err := ask.ParseDate(opts.Since)
		if err != nil {
			return err
		}
		filter.Since = t
	}
	if opts.Until != "" {
		t, err := ask.ParseUntil(opts.Until)
		if err != nil {
			return err
		}
		filter.Until = t
	}
	a, release, err := openQuestioner(opts.Factory)
	if err != nil {
		return err
	}
	defer release()
	sts, err := a.Statements(orBackground(ctx), filter)
	if err != nil {
		return err
	}
	out := opts.Factory.IO.Out
	if opts.JSON {
		return ask.EncodeJSON(out, sts)
	}
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	writeStatementLines(tw, sts, true)
	fmt.Fprintf(tw, "(%d statements)\n", len(sts))
	return tw.Flush()
}
