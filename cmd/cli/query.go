package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
)

// QueryOptions are the inputs of `newsgraph query`.
type QueryOptions struct {
	Factory *Factory
	Lang    string        // gizmo, graphql or mql.
	Query   string        // Query text; "-" reads stdin.
	File    string        // Read the query from this file instead.
	Format  string        // table, json or nquads.
	Limit   int           // Maximum results.
	Timeout time.Duration // Give up after this long.
}

// NewQueryCmd returns `newsgraph query`.
func NewQueryCmd(f *Factory, runF func(*QueryOptions) error) *cobra.Command {
	opts := &QueryOptions{Factory: f}
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "query [QUERY | -]",
		Short: "Run a Gizmo, GraphQL or MQL query against the store",
		Long: `Query runs a query in one of Cayley's languages and prints the results as a
table (one column per tag), as JSON, or as N-Quads: every quad whose subject
is a node in the results (what the store says about them, with the article
each quad was read in as its label). The query comes from the argument, from
--file, or from stdin when the argument is "-".`,
		Example: `  newsgraph query 'g.V("<ng:person/claudia-sheinbaum>").In("<ng:saidBy>").Out("<ng:text>").All()'
  newsgraph query --file recipe.js --json
  newsgraph query --format nquads 'g.V("<ng:person/marco-rubio>").All()'
  newsgraph query --lang graphql '{ nodes(id: "<ng:government/mexico>") { id <schema:name> } }'
  echo 'g.V().Has("<rdf:type>", "<schema:Person>").Out("<schema:name>").All()' | newsgraph query -`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Query = args[0]
			}
			if (opts.Query == "") == (opts.File == "") {
				return flagErrorf("give a query or --file, not both or neither")
			}
			if asJSON {
				if cmd.Flags().Changed("format") && opts.Format != formatJSON {
					return flagErrorf("--json and --format %s disagree", opts.Format)
				}
				opts.Format = formatJSON
			}
			switch opts.Format {
			case formatTable, formatJSON, formatNQuads:
			default:
				return flagErrorf("unknown --format %q: want table, json or nquads", opts.Format)
			}
			if runF != nil {
				return runF(opts)
			}
			return queryRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Lang, "lang", "l", "gizmo", "query language: gizmo, graphql or mql")
	cmd.Flags().StringVarP(&opts.File, "file", "f", "", "read the query from `FILE`")
	cmd.Flags().StringVar(&opts.Format, "format", formatTable, "output: table, json or nquads")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print results as JSON (--format json)")
	cmd.Flags().IntVar(&opts.Limit, "limit", 100, "maximum number of results (0: no limit)")
	cmd.Flags().DurationVar(&opts.Timeout, "timeout", 30*time.Second, "give up after this long")
	return cmd
}

func queryRun(ctx context.Context, opts *QueryOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	text, err := queryText(opts)
	if err != nil {
		return err
	}
	store, release, err := opts.Factory.OpenStoreReadOnly()
	if err != nil {
		return err
	}
	defer release()
	count := countPastLimit
	if opts.Format == formatJSON || opts.Format == formatNQuads {
		count = 0 // only the table says how many it left out
	}
	page, err := store.QueryPage(ctx, opts.Lang, text, graph.QueryOptions{Limit: opts.Limit, Timeout: opts.Timeout}, count)
	if err != nil {
		return err
	}
	results := page.Results
	out := opts.Factory.IO.Out
	switch opts.Format {
	case formatJSON:
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		if results == nil {
			results = []any{}
		}
		return enc.Encode(results)
	case formatNQuads:
		quads, err := store.Describe(ctx, graph.ResultNodes(results))
		if err != nil {
			return err
		}
		w := nquads.NewWriter(out)
		if _, err := quad.Copy(w, quad.NewReader(quads)); err != nil {
			return fmt.Errorf("write N-Quads: %w", err)
		}
		return w.Close()
	}
	if opts.Lang == "graphql" {
		results = graphQLRows(results)
	}
	if err := writeTable(out, results); err != nil {
		return err
	}
	switch {
	case page.More:
		fmt.Fprintf(out, "(showing %d of more than %d: --limit 0 for all)\n", len(results), page.Total)
	case page.Total > len(results):
		fmt.Fprintf(out, "(showing %d of %d: --limit 0 for all)\n", len(results), page.Total)
	default:
		fmt.Fprintf(out, "(%d results)\n", len(results))
	}
	return nil
}

// graphQLRows turns GraphQL's one answer, {"field": [objects]}, into one
// row per object of its only top-level field, for the table.
func graphQLRows(results []any) []any {
	if len(results) != 1 {
		return results
	}
	m, ok := results[0].(map[string]any)
	if !ok || len(m) != 1 {
		return results
	}
	for _, v := range m {
		switch v := v.(type) {
		case []any:
			return v
		case []map[string]any:
			rows := make([]any, len(v))
			for i, r := range v {
				rows[i] = r
			}
			return rows
		case map[string]any:
			return []any{v}
		}
	}
	return results
}

// countPastLimit is how many results past --limit the table counts
// (without reading them) to say how many it did not show. Counting walks
// the query on: 10,000 past the limit took 3 s for a much-quoted person's
// neighbourhood on a 100,000-article store, 1,000 a tenth of that.
const countPastLimit = 1000

// Output formats of the query command.
const (
	formatTable  = "table"
	formatJSON   = "json"
	formatNQuads = "nquads"
)

func queryText(opts *QueryOptions) (string, error) {
	switch {
	case opts.File != "":
		b, err := os.ReadFile(opts.File)
		if err != nil {
			return "", fmt.Errorf("read query: %w", err)
		}
		return string(b), nil
	case opts.Query == "-":
		b, err := io.ReadAll(opts.Factory.IO.In)
		if err != nil {
			return "", fmt.Errorf("read query from stdin: %w", err)
		}
		return string(b), nil
	}
	return opts.Query, nil
}

// writeTable prints results as a table: maps get one column per key, other
// values one column named "result".
func writeTable(w io.Writer, results []any) error {
	cols := map[string]bool{}
	for _, r := range results {
		if m, ok := r.(map[string]any); ok {
			for k := range m {
				cols[k] = true
			}
		} else {
			cols["result"] = true
		}
	}
	var keys []string
	for k := range cols {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { // "id" first, then by name
		if (keys[i] == "id") != (keys[j] == "id") {
			return keys[i] == "id"
		}
		return keys[i] < keys[j]
	})
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(keys, "\t"))
	for _, r := range results {
		row := make([]string, len(keys))
		m, isMap := r.(map[string]any)
		for i, k := range keys {
			switch {
			case isMap:
				if v, ok := m[k]; ok {
					row[i] = cell(v)
				}
			case k == "result":
				row[i] = cell(r)
			}
		}
		fmt.Fprintln(tw, strings.Join(row, "\t"))
	}
	return tw.Flush()
}

func cell(v any) string {
	switch v := v.(type) {
	case string:
		return strings.ReplaceAll(v, "\n", " ")
	case nil:
		return ""
	case quad.Value: // GraphQL answers hold store values: <iri>, "text".
		if s, ok := v.(quad.String); ok {
			return strings.ReplaceAll(string(s), "\n", " ")
		}
		return v.String()
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}
