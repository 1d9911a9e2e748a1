package cli

import (
	"context"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph/ask"
)

// PathOptions are the inputs of `newsgraph path`.
type PathOptions struct {
	Factory  *Factory
	From, To string
	MaxHops  int
	Via      string
	Mentions bool
	Limit    int
	JSON     bool
}

// NewPathCmd returns `newsgraph path`.
func NewPathCmd(f *Factory, runF func(*PathOptions) error) *cobra.Command {
	opts := &PathOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "path FROM TO",
		Short: "Show the shortest connections between two entities, with provenance",
		Long: `Path finds how two entities (named by any name, alias, surname or IRI) are
connected: through roles (a person holds an office in an organisation),
statements (a speaker said something about an entity), agreements (an
agreement and its parties) and relations (designated, rejects,
cooperatesWith...). It prints the shortest paths and, while there are fewer
than --limit, alternatives up to two hops longer; each hop with its
predicate, its direction and the articles it was read in.

--via TYPE keeps only paths through an entity of that type (Person,
Government, Agency, Cartel, Organization, Agreement); --mentions also links
entities that one article mentions together.`,
		Example: `  newsgraph path "Marco Rubio" "Claudia Sheinbaum"
  newsgraph path Rubio Mexico --max-hops 3
  newsgraph path Rubio Sheinbaum --via Agreement --json`,
		Args:              cobra.ExactArgs(2),
		ValidArgsFunction: completeEntities(f, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.From, opts.To = args[0], args[1]
			if runF != nil {
				return runF(opts)
			}
			return pathRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().IntVar(&opts.MaxHops, "max-hops", ask.DefaultMaxHops, "longest path searched, in hops between entities")
	cmd.Flags().StringVar(&opts.Via, "via", "", "only paths through an entity of `TYPE`")
	cmd.Flags().BoolVar(&opts.Mentions, "mentions", false, "also link entities mentioned by the same article")
	cmd.Flags().IntVar(&opts.Limit, "limit", ask.DefaultPathLimit, "most paths shown")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print JSON (the document GET /api/path returns)")
	return cmd
}

func pathRun(ctx context.Context, opts *PathOptions) error {
	a, release, err := openQuestioner(opts.Factory)
	if err != nil {
		return err
	}
	defer release()
	res, err := a.Paths(orBackground(ctx), opts.From, opts.To, ask.PathOptions{
		MaxHops: opts.MaxHops, Via: opts.Via, Mentions: opts.Mentions, Limit: opts.Limit})
	if err != nil {
		return err
	}
	out := opts.Factory.IO.Out
	if opts.JSON {
		return ask.EncodeJSON(out, res)
	}
	return writePaths(out, res)
}

func writePaths(w io.Writer, res ask.PathResult) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "%s → %s: %d path(s)\n", res.From.Name, res.To.Name, len(res.Paths))
	for i, p := range res.Paths {
		fmt.Fprintf(tw, "\nPath %d (%d hops)\n", i+1, len(p.Hops))
		for j, h := range p.Hops {
			if j == 0 {
				fmt.Fprintf(tw, "  %s\n", nodeLabel(h.From))
			}
			for _, l := range h.Links {
				fmt.Fprintf(tw, "      %s\t%s\n", linkLabel(l), strings.Join(l.Articles, ", "))
			}
			if more := h.LinksTotal - len(h.Links); more > 0 {
				fmt.Fprintf(tw, "      (%d more links)\n", more)
			}
			fmt.Fprintf(tw, "  %s\n", nodeLabel(h.To))
		}
	}
	return tw.Flush()
}

func nodeLabel(n ask.Node) string {
	if n.Type == "" {
		return n.Name
	}
	return n.Name + " (" + n.Type + ")"
}

// linkLabel draws a link as an arrow from the hop's From to its To.
func linkLabel(l ask.Link) string {
	label := strings.TrimPrefix(l.Predicate, "ng:")
	if l.Via != nil {
		switch l.Predicate {
		case ask.LinkRole:
			label = l.Via.Name + " of"
		case ask.LinkStatement:
			label = "said " + quoteShort(l.Via.Name) + " about"
		case ask.LinkMention:
			label = "both mentioned in " + quoteShort(l.Via.Name)
		}
	}
	switch l.Direction {
	case ask.DirOut:
		return "--[" + label + "]-->"
	case ask.DirIn:
		return "<--[" + label + "]--"
	}
	return "--[" + label + "]--"
}

// quoteShort quotes s, shortened to about 50 characters.
func quoteShort(s string) string {
	return "“" + clip(s, 50) + "”"
}

// openQuestioner returns what answers the question commands: a Client of
// the `newsgraph serve` serving the same bolt store, when one is (a warm
// server answers in milliseconds; a new process pays for reading the
// store's pages), else an Asker over the store opened read-only.
func openQuestioner(f *Factory) (ask.Questioner, func() error, error) {
	if c := f.runningServer(); c != nil {
		return c, func() error { return nil }, nil
	}
	return openAsker(f)
}

// openAsker opens the Factory's store for questions.
func openAsker(f *Factory) (*ask.Asker, func() error, error) {
	store, release, err := f.OpenStoreReadOnly()
	if err != nil {
		return nil, nil, err
	}
	return ask.New(store), release, nil
}

func orBackground(ctx context.Context) context.Context {
	if ctx == nil {
		return context.Background()
	}
	return ctx
}

// completeEntities completes the first n arguments with entity names from
// the store; it completes nothing when the store cannot be opened.
func completeEntities(f *Factory, n int) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		if len(args) >= n || strings.TrimSpace(toComplete) == "" {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		a, release, err := openAsker(f)
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		defer release()
		hits, err := a.Search(orBackground(cmd.Context()), toComplete, 50)
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		var names []string
		for _, h := range hits {
			names = append(names, h.Entity.Name+"\t"+h.Entity.Type)
		}
		return names, cobra.ShellCompDirectiveNoFileComp
	}
}
