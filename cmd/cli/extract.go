package cli

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/schema"
)

// ExtractOptions are the inputs of `newsgraph extract`.
type ExtractOptions struct {
	Factory *Factory
	File    string
	JSON    bool
	// MaxArticleBytes bounds the article (--max-article-bytes).
	MaxArticleBytes int64
}

// NewExtractCmd returns `newsgraph extract`. runF replaces the run function in tests.
func NewExtractCmd(f *Factory, runF func(*ExtractOptions) error) *cobra.Command {
	opts := &ExtractOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "extract FILE",
		Short: "Print what the extractor reads out of one article",
		Long: `Extract reads one plain-text article (first line the title) and prints its
entities, roles, statements, agreements and relations: a readable summary, or
with --json the extraction format that gold files use. An article over
--max-article-bytes (2 MB) is refused unread, and one the extractor will not
take (over 10,000 quotations or 200,000 names) is an error.`,
		Example: "  newsgraph extract data/articles/00-seed-mexico-us-cartels.txt\n  newsgraph extract story.txt --json",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.File = args[0]
			if opts.MaxArticleBytes <= 0 {
				return flagErrorf("--max-article-bytes must be positive, not %d", opts.MaxArticleBytes)
			}
			if runF != nil {
				return runF(opts)
			}
			return extractRun(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print the extraction format (JSON)")
	cmd.Flags().Int64Var(&opts.MaxArticleBytes, "max-article-bytes", loaders.DefaultMaxArticleBytes, "refuse an article larger than this")
	return cmd
}

func extractRun(opts *ExtractOptions) error {
	a, err := loaders.Reader{MaxArticleBytes: opts.MaxArticleBytes}.ReadFile(opts.File)
	if err != nil {
		return err
	}
	ex, err := opts.Factory.NewExtractor()
	if err != nil {
		return err
	}
	var x schema.Extraction
	if be, ok := ex.(boundedExtractor); ok {
		if x, err = be.ExtractBounded(a); err != nil {
			return fmt.Errorf("%s: extract: %w", opts.File, err)
		}
	} else {
		x = ex.Extract(a)
	}
	out := opts.Factory.IO.Out
	if opts.JSON {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(x)
	}
	fmt.Fprint(out, summary(x))
	return nil
}

// summary is a readable account of an extraction.
func summary(x schema.Extraction) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", x.Article)
	fmt.Fprintf(&b, "\nEntities (%d)\n", len(x.Entities))
	for _, e := range x.Entities {
		fmt.Fprintf(&b, "  %-12s %s", e.Type, e.Name)
		if len(e.Aliases) > 0 {
			fmt.Fprintf(&b, " (%s)", strings.Join(e.Aliases, "; "))
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "\nRoles (%d)\n", len(x.Roles))
	for _, r := range x.Roles {
		fmt.Fprintf(&b, "  %s: %s, %s\n", r.Person, r.Title, r.Org)
	}
	fmt.Fprintf(&b, "\nStatements (%d)\n", len(x.Statements))
	for _, s := range x.Statements {
		fmt.Fprintf(&b, "  %s: “%s”\n", s.Speaker, s.Quote)
	}
	fmt.Fprintf(&b, "\nAgreements (%d)\n", len(x.Agreements))
	for _, a := range x.Agreements {
		fmt.Fprintf(&b, "  %s: %s\n", a.Name, strings.Join(a.Parties, ", "))
	}
	fmt.Fprintf(&b, "\nRelations (%d)\n", len(x.Relations))
	for _, r := range x.Relations {
		fmt.Fprintf(&b, "  %s %s %s\n", r.Subject, r.Predicate, r.Object)
	}
	return b.String()
}
