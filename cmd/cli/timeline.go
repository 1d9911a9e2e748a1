package cli

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph/ask"
)

// TimelineOptions are the inputs of `newsgraph timeline`.
type TimelineOptions struct {
	Factory *Factory
	Name    string
	Limit   int
	JSON    bool
}

// NewTimelineCmd returns `newsgraph timeline`.
func NewTimelineCmd(f *Factory, runF func(*TimelineOptions) error) *cobra.Command {
	opts := &TimelineOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "timeline NAME",
		Short: "List what an entity did, what was done to it and what it said, in order",
		Long: `Timeline lists the events an entity takes part in (relations read in the
articles: designated, sanctioned, arrested, met with, …, with the sentence
they were read in) and the statements it made or that are about it, oldest
first, each with its date (the event's own when the text gives one, else its
article's publication date) and its articles. NAME is any name, alias,
surname or IRI.`,
		Example: `  newsgraph timeline "Sinaloa Cartel"
  newsgraph timeline Rubio --limit 20
  newsgraph timeline MS-13 --json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Name = args[0]
			if opts.Limit < 0 {
				return flagErrorf("--limit must not be negative")
			}
			if runF != nil {
				return runF(opts)
			}
			return timelineRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().IntVar(&opts.Limit, "limit", 0, "most entries shown, the newest (0: 100; at most 1000)")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print JSON (the document GET /api/timeline returns)")
	return cmd
}

func timelineRun(ctx context.Context, opts *TimelineOptions) error {
	a, release, err := openQuestioner(opts.Factory)
	if err != nil {
		return err
	}
	defer release()
	tl, err := a.Timeline(orBackground(ctx), opts.Name, opts.Limit)
	if err != nil {
		return err
	}
	out := opts.Factory.IO.Out
	if opts.JSON {
		return ask.EncodeJSON(out, tl)
	}
	fmt.Fprintf(out, "%s (%s)\n", tl.Entity.Name, tl.Entity.Type)
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tWHAT\tTEXT\tARTICLES")
	for _, e := range tl.Entries {
		date := e.Date
		if date == "" {
			date = "undated"
		}
		what := e.Subject.Name + " said"
		if e.Kind == "event" {
			what = e.Subject.Name + " " + e.Verb
			if e.Object != nil {
				what += " " + e.Object.Name
			}
		}
		var arts []string
		for _, ar := range e.Articles {
			arts = append(arts, strings.TrimPrefix(ar.IRI, "ng:article/"))
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", date, what, clip(strings.Join(strings.Fields(e.Text), " "), 80), strings.Join(arts, ", "))
	}
	if tl.Total > len(tl.Entries) {
		fmt.Fprintf(tw, "(showing the newest %d of %d: --limit for more)\n", len(tl.Entries), tl.Total)
	} else {
		fmt.Fprintf(tw, "(%d entries)\n", len(tl.Entries))
	}
	return tw.Flush()
}

// clip shortens s to at most n runes, marking the cut with "...".
func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-3]) + "..."
	}
	return s
}
