package cli

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/loaders/extract"
	"github.com/newsgraph/newsgraph/schema"
)

// ExtractOptions are the inputs of `newsgraph extract`.
type ExtractOptions struct {
	Factory *Factory
	File    string
	JSON    bool
	// Explain prints under each fact the rule that produced it and the
	// words it matched (--explain).
	Explain bool
	// Rules lists the rules --explain can name, with what each reads
	// (--rules); no FILE then.
	Rules bool
	// MaxArticleBytes bounds the article (--max-article-bytes).
	MaxArticleBytes int64
}

// NewExtractCmd returns `newsgraph extract`. runF replaces the run function in tests.
func NewExtractCmd(f *Factory, runF func(*ExtractOptions) error) *cobra.Command {
	opts := &ExtractOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "extract FILE | --rules",
		Short: "Print what the extractor reads out of one article",
		Long: `Extract reads one plain-text article (first line the title) and prints its
entities, roles, statements, agreements and relations: a readable summary, or
with --json the extraction format that gold files use. With --explain, each
fact is followed by the rule that produced it and the words that rule matched
(with --json: {"extraction": …, "reasons": […]}); --rules lists those rules,
each with what it reads. An article over
--max-article-bytes (2 MB) is refused unread, and one the extractor will not
take (over 10,000 quotations or 200,000 names) is an error.`,
		Example: "  newsgraph extract data/articles/00-seed-mexico-us-cartels.txt\n  newsgraph extract story.txt --json\n  newsgraph extract story.txt --explain\n  newsgraph extract --rules",
		Args:    cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 && !opts.Rules || len(args) > 0 && opts.Rules {
				return flagErrorf("extract takes one FILE, or --rules and no FILE")
			}
			if len(args) > 0 {
				opts.File = args[0]
			}
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
	cmd.Flags().BoolVar(&opts.Explain, "explain", false, "print the rule behind each fact and the words it matched")
	cmd.Flags().BoolVar(&opts.Rules, "rules", false, "list the rules --explain names, with what each reads")
	cmd.Flags().Int64Var(&opts.MaxArticleBytes, "max-article-bytes", loaders.DefaultMaxArticleBytes, "refuse an article larger than this")
	return cmd
}

func extractRun(opts *ExtractOptions) error {
	if opts.Rules {
		out := opts.Factory.IO.Out
		if opts.JSON {
			enc := json.NewEncoder(out)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			return enc.Encode(extract.Rules())
		}
		for _, r := range extract.Rules() {
			fmt.Fprintf(out, "%-40s %s\n", r.Name, r.Doc)
		}
		return nil
	}
	a, err := loaders.Reader{MaxArticleBytes: opts.MaxArticleBytes}.ReadFile(opts.File)
	if err != nil {
		return err
	}
	ex, err := opts.Factory.NewExtractor()
	if err != nil {
		return err
	}
	var x schema.Extraction
	var why []extract.Reason
	if opts.Explain {
		ee, ok := ex.(explainingExtractor)
		if !ok {
			return fmt.Errorf("%s: this extractor cannot explain its facts", opts.File)
		}
		if x, why, err = ee.Explain(a); err != nil {
			return fmt.Errorf("%s: extract: %w", opts.File, err)
		}
	} else if be, ok := ex.(boundedExtractor); ok {
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
		if opts.Explain {
			return enc.Encode(struct {
				Extraction schema.Extraction `json:"extraction"`
				Reasons    []extract.Reason  `json:"reasons"`
			}{x, why})
		}
		return enc.Encode(x)
	}
	if opts.Explain {
		fmt.Fprint(out, explained(x, why))
		return nil
	}
	fmt.Fprint(out, summary(x))
	return nil
}

// explainingExtractor is an extractor that says why it read each fact.
type explainingExtractor interface {
	Explain(schema.Article) (schema.Extraction, []extract.Reason, error)
}

// summary is a readable account of an extraction.
func summary(x schema.Extraction) string {
	return explained(x, nil)
}

// explained is summary with, under each fact, the rule that produced it
// and the words it matched (why from extract's Explain; nil: none).
func explained(x schema.Extraction, why []extract.Reason) string {
	byFact := map[string][]extract.Reason{}
	for _, r := range why {
		k := fmt.Sprintf("%s|%d", r.Kind, r.Index)
		byFact[k] = append(byFact[k], r)
	}
	var b strings.Builder
	because := func(kind string, i int, party string) {
		for _, r := range byFact[fmt.Sprintf("%s|%d", kind, i)] {
			if r.Party != party {
				continue
			}
			fmt.Fprintf(&b, "      <- %s", r.Rule)
			if r.Entry != "" && r.Entry != r.Words {
				fmt.Fprintf(&b, " [%s]", r.Entry)
			}
			if r.Words != "" {
				fmt.Fprintf(&b, ": %q", clip(r.Words, 160))
			}
			b.WriteString("\n")
		}
	}
	fmt.Fprintf(&b, "%s\n", x.Article)
	if why != nil && x.Published != "" {
		fmt.Fprintf(&b, "\nPublished %s\n", x.Published)
		because("published", 0, "")
	}
	fmt.Fprintf(&b, "\nEntities (%d)\n", len(x.Entities))
	for i, e := range x.Entities {
		fmt.Fprintf(&b, "  %-12s %s", e.Type, e.Name)
		if len(e.Aliases) > 0 {
			fmt.Fprintf(&b, " (%s)", strings.Join(e.Aliases, "; "))
		}
		b.WriteString("\n")
		because("entity", i, "")
	}
	fmt.Fprintf(&b, "\nRoles (%d)\n", len(x.Roles))
	for i, r := range x.Roles {
		fmt.Fprintf(&b, "  %s: %s, %s\n", r.Person, r.Title, r.Org)
		because("role", i, "")
	}
	fmt.Fprintf(&b, "\nStatements (%d)\n", len(x.Statements))
	for i, s := range x.Statements {
		fmt.Fprintf(&b, "  %s: “%s”\n", s.Speaker, s.Quote)
		because("statement", i, "")
	}
	fmt.Fprintf(&b, "\nAgreements (%d)\n", len(x.Agreements))
	for i, a := range x.Agreements {
		fmt.Fprintf(&b, "  %s: %s\n", a.Name, strings.Join(a.Parties, ", "))
		because("agreement", i, "")
		if why != nil {
			for _, p := range a.Parties {
				fmt.Fprintf(&b, "    party %s\n", p)
				because("party", i, p)
			}
		}
	}
	fmt.Fprintf(&b, "\nRelations (%d)\n", len(x.Relations))
	for i, r := range x.Relations {
		fmt.Fprintf(&b, "  %s %s %s\n", r.Subject, r.Predicate, r.Object)
		because("relation", i, "")
	}
	return b.String()
}
