package cli

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph/ask"
)

// AgreementsOptions are the inputs of `newsgraph agreements`.
type AgreementsOptions struct {
	Factory *Factory
	Party   string
	Limit   int
	JSON    bool
}

// NewAgreementsCmd returns `newsgraph agreements`.
func NewAgreementsCmd(f *Factory, runF func(*AgreementsOptions) error) *cobra.Command {
	opts := &AgreementsOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "agreements",
		Short: "List agreements and their parties",
		Long: `Agreements lists the agreements in the graph (initiatives, deals, treaties)
with their parties and the articles each party was read in; --party keeps
those that bind one entity (any name, alias or IRI).`,
		Example: `  newsgraph agreements
  newsgraph agreements --party Mexico
  newsgraph agreements --party Washington --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return agreementsRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.Party, "party", "", "only agreements `NAME` is a party to")
	cmd.Flags().IntVar(&opts.Limit, "limit", 0, "most agreements shown (0: all)")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print JSON (the document GET /api/agreements returns)")
	return cmd
}

func agreementsRun(ctx context.Context, opts *AgreementsOptions) error {
	a, release, err := openQuestioner(opts.Factory)
	if err != nil {
		return err
	}
	defer release()
	ags, err := a.Agreements(orBackground(ctx), opts.Party, opts.Limit)
	if err != nil {
		return err
	}
	out := opts.Factory.IO.Out
	if opts.JSON {
		return ask.EncodeJSON(out, ags)
	}
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "AGREEMENT\tPARTIES\tARTICLES")
	for _, ag := range ags {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", ag.Agreement.Name, partyNames(ag), strings.Join(ag.Articles, ", "))
	}
	fmt.Fprintf(tw, "(%d agreements)\n", len(ags))
	return tw.Flush()
}
