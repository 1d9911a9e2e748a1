package cli

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph/export"
)

// ExportOptions are the inputs of `newsgraph export`.
type ExportOptions struct {
	Factory *Factory
	Format  string // One of export.Formats.
	Article string // Only this article's quads: its ID (file name) or IRI.
	Out     string // File to write; "" or "-" for stdout.
}

// NewExportCmd returns `newsgraph export`.
func NewExportCmd(f *Factory, runF func(*ExportOptions) error) *cobra.Command {
	opts := &ExportOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the graph as N-Quads, JSON-LD, GraphML or DOT",
		Long: `Export writes the whole graph, or one article's quads, in one of four
formats:

  nquads   N-Quads, every quad with its article as the graph label
           (what 'cayley load' and 'newsgraph' itself read back)
  jsonld   JSON-LD, one named graph per article, with an @context binding
           ng:, schema: (schema.org), rdf: … so processors expand every IRI
  graphml  GraphML for Gephi, yEd or Cytoscape: nodes with name, type and
           aliases; edges with predicate and article
  dot      Graphviz DOT: 'dot -Tsvg graph.dot -o graph.svg'

--article takes the article's ID (the file name it was loaded from) or IRI.`,
		Example: `  newsgraph export --format nquads --out graph.nq
  newsgraph export --format graphml --out graph.graphml
  newsgraph export --format dot --article 00-seed-mexico-us-cartels.txt | dot -Tsvg -o seed.svg`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if !slices.Contains(export.Formats, opts.Format) {
				return flagErrorf("--format must be one of %s, not %q", strings.Join(export.Formats, ", "), opts.Format)
			}
			if runF != nil {
				return runF(opts)
			}
			return exportRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", export.NQuads, "output format: "+strings.Join(export.Formats, ", "))
	cmd.Flags().StringVar(&opts.Article, "article", "", "only the quads read in `ARTICLE` (ID or IRI)")
	cmd.Flags().StringVarP(&opts.Out, "out", "o", "", "write to `FILE` instead of stdout")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(export.Formats, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func exportRun(ctx context.Context, opts *ExportOptions) error {
	store, release, err := opts.Factory.OpenStoreReadOnly()
	if err != nil {
		return err
	}
	defer release()
	var article quad.IRI
	if opts.Article != "" {
		article = export.ArticleIRI(opts.Article)
	}
	w := opts.Factory.IO.Out
	var file *os.File
	if opts.Out != "" && opts.Out != "-" {
		if file, err = os.Create(opts.Out); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		defer file.Close()
		w = file
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	var n int
	if opts.Format == export.NQuads && article == "" {
		// The whole store, article by article: memory stays flat.
		if n, err = export.StreamNQuads(orBackground(ctx), bw, store); err != nil {
			return err
		}
	} else {
		quads, err := export.Quads(orBackground(ctx), store, article)
		if err != nil {
			return err
		}
		if err := export.Write(bw, opts.Format, quads); err != nil {
			return err
		}
		n = len(quads)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if file == nil {
		return nil
	}
	if err := file.Close(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	fmt.Fprintf(opts.Factory.IO.ErrOut, "wrote %d quads as %s to %s\n", n, opts.Format, opts.Out)
	return nil
}
