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

// EntityOptions are the inputs of `newsgraph entity`.
type EntityOptions struct {
	Factory *Factory
	Name    string
	JSON    bool
}

// NewEntityCmd returns `newsgraph entity`.
func NewEntityCmd(f *Factory, runF func(*EntityOptions) error) *cobra.Command {
	opts := &EntityOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "entity NAME",
		Short: "Print everything known about one entity",
		Long: `Entity prints a card of one entity, named by any name, alias, surname or
IRI: its type and names, the offices it holds or held (and, for an
organisation, who holds offices in it), the statements it made and those
about it (quote, date, article), its agreements and their parties, its
relations in and out, and the articles that mention it. Every fact names
the articles it was read in.

A name that fits several entities fails with the list of candidates; pass
one of their IRIs instead.`,
		Example: `  newsgraph entity Sheinbaum
  newsgraph entity "United States" --json
  newsgraph entity '<ng:government/mexico>'`,
		Args:              cobra.ExactArgs(1),
		ValidArgsFunction: completeEntities(f, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Name = args[0]
			if runF != nil {
				return runF(opts)
			}
			return entityRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print JSON (the document GET /api/entity returns)")
	return cmd
}

func entityRun(ctx context.Context, opts *EntityOptions) error {
	a, release, err := openQuestioner(opts.Factory)
	if err != nil {
		return err
	}
	defer release()
	c, err := a.Entity(orBackground(ctx), opts.Name)
	if err != nil {
		return err
	}
	if opts.JSON {
		return ask.EncodeJSON(opts.Factory.IO.Out, c)
	}
	return writeCard(opts.Factory.IO.Out, c)
}

func writeCard(w io.Writer, c ask.Card) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "%s\t<%s>\n", nodeLabel(c.Entity), c.Entity.IRI)
	if len(c.Names) > 1 {
		fmt.Fprintf(tw, "Also known as: %s\n", strings.Join(c.Names[1:], ", "))
	}
	if c.Wikidata != "" {
		fmt.Fprintf(tw, "Wikidata: %s\n", c.Wikidata)
	}
	// section prints a list's title, saying when the card shows only the
	// newest of a longer list.
	section := func(title string, n int, total ...int) bool {
		if n == 0 {
			return false
		}
		if len(total) > 0 && total[0] > n {
			title = fmt.Sprintf("%s (newest %d of %d)", title, n, total[0])
		}
		fmt.Fprintf(tw, "\n%s\n", title)
		return true
	}
	if section("Roles", len(c.Roles)) {
		for _, r := range c.Roles {
			fmt.Fprintf(tw, "  %s of %s (%s)\t%s\n", r.Title, r.Org.Name, currency(r.Former), strings.Join(r.Articles, ", "))
		}
	}
	if section("Officials", len(c.Officials), c.Totals.Officials) {
		for _, r := range c.Officials {
			fmt.Fprintf(tw, "  %s, %s (%s)\t%s\n", r.Person.Name, r.Title, currency(r.Former), strings.Join(r.Articles, ", "))
		}
	}
	if section("Said", len(c.Said), c.Totals.Said) {
		writeStatementLines(tw, c.Said, false)
	}
	if section("Said about it", len(c.SaidAbout), c.Totals.SaidAbout) {
		writeStatementLines(tw, c.SaidAbout, true)
	}
	if section("Agreements", len(c.Agreements), c.Totals.Agreements) {
		for _, ag := range c.Agreements {
			fmt.Fprintf(tw, "  %s: %s\t%s\n", ag.Agreement.Name, partyNames(ag), strings.Join(ag.Articles, ", "))
		}
	}
	if section("Relations", len(c.RelationsOut)+len(c.RelationsIn), c.Totals.Relations) {
		for _, r := range c.RelationsOut {
			fmt.Fprintf(tw, "  --[%s]--> %s\t%s\n", strings.TrimPrefix(r.Predicate, "ng:"), nodeLabel(r.Object), strings.Join(r.Articles, ", "))
		}
		for _, r := range c.RelationsIn {
			fmt.Fprintf(tw, "  <--[%s]-- %s\t%s\n", strings.TrimPrefix(r.Predicate, "ng:"), nodeLabel(r.Subject), strings.Join(r.Articles, ", "))
		}
	}
	if section("Events", len(c.Events), c.Totals.Events) {
		for _, e := range c.Events {
			date := e.Date
			if date == "" {
				date = "undated"
			}
			what := e.Subject.Name + " " + e.Verb
			if e.Object != nil {
				what += " " + e.Object.Name
			}
			var arts []string
			for _, a := range e.Articles {
				arts = append(arts, a.IRI)
			}
			fmt.Fprintf(tw, "  %s  %s\t%s\n", date, what, strings.Join(arts, ", "))
		}
	}
	if section("Articles", len(c.Articles), c.Totals.Articles) {
		for _, a := range c.Articles {
			fmt.Fprintf(tw, "  %s\t%s\n", a.IRI, articleLine(a))
		}
	}
	return tw.Flush()
}

func currency(former bool) string {
	if former {
		return "former"
	}
	return "current"
}

func partyNames(ag ask.Agreement) string {
	var names []string
	for _, p := range ag.Parties {
		name := p.Entity.Name
		var acts []string
		for _, a := range p.Acts {
			act := a.Verb
			if a.Date != "" {
				act += " " + a.Date
			}
			acts = append(acts, act)
		}
		if len(acts) > 0 {
			name += " (" + strings.Join(acts, ", ") + ")"
		}
		names = append(names, name)
	}
	if len(names) == 0 {
		return "(no parties named)"
	}
	return strings.Join(names, ", ")
}

// articleLine is an article's date and headline, shortened.
func articleLine(a ask.ArticleRef) string {
	h := clip(a.Headline, 70)
	if a.Published != "" {
		return a.Published[:min(10, len(a.Published))] + "  " + h
	}
	return h
}

// writeStatementLines prints each statement on two lines: speaker (when
// asked), quote and what it is about; then, indented, date and articles.
// Quotes vary too much in length to share a column with their source.
func writeStatementLines(w io.Writer, sts []ask.Statement, speaker bool) {
	for _, s := range sts {
		line := "  "
		if speaker {
			line += s.Speaker.Name + ": "
		}
		line += "“" + s.Text + "”"
		if len(s.About) > 0 {
			var about []string
			for _, n := range s.About {
				about = append(about, n.Name)
			}
			line += " (about " + strings.Join(about, ", ") + ")"
		}
		var where []string
		for _, a := range s.Articles {
			where = append(where, a.IRI)
		}
		date := ""
		if s.Date != "" {
			date = s.Date[:min(10, len(s.Date))] + " "
		}
		fmt.Fprintf(w, "%s\n      %s%s\n", line, date, strings.Join(where, ", "))
	}
}
