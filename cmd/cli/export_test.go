package cli

import (
	"context"
	"encoding/xml"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/graph"
)

func TestExportRun(t *testing.T) {
	store := bundledStore(t)
	dir := t.TempDir()
	for _, tt := range []struct {
		format, article string
		check           func(t *testing.T, b []byte)
	}{
		{"nquads", "", func(t *testing.T, b []byte) {
			// Loading the export article by article rebuilds the store.
			byArticle := map[quad.IRI][]quad.Quad{}
			for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
				q, err := nquads.Parse(l)
				if err != nil {
					t.Fatalf("line %q: %v", l, err)
				}
				label, _ := q.Label.(quad.IRI)
				byArticle[label] = append(byArticle[label], q)
			}
			copied, err := graph.Open(graph.BackendMemory)
			if err != nil {
				t.Fatal(err)
			}
			for label, qs := range byArticle {
				if _, err := copied.ReplaceArticle(context.Background(), label, qs); err != nil {
					t.Fatalf("reload %s: %v", label, err)
				}
			}
			want, got := runAsk(t, store, "stats", "--json"), runAsk(t, copied, "stats", "--json")
			strip := func(s string) string { return s[strings.Index(s, `"quads"`):] }
			if strip(got) != strip(want) {
				t.Errorf("export loaded again: stats %s, want %s", got, want)
			}
		}},
		{"nquads", "00-seed-mexico-us-cartels.txt", func(t *testing.T, b []byte) {
			for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
				if !strings.HasSuffix(l, "<ng:article/00-seed-mexico-us-cartels-txt> .") {
					t.Fatalf("quad from another article: %s", l)
				}
			}
		}},
		{"graphml", "", func(t *testing.T, b []byte) {
			var doc struct {
				Nodes []struct {
					ID string `xml:"id,attr"`
				} `xml:"graph>node"`
			}
			if err := xml.Unmarshal(b, &doc); err != nil || len(doc.Nodes) == 0 {
				t.Errorf("GraphML: %v, %d nodes", err, len(doc.Nodes))
			}
		}},
		{"dot", "", func(t *testing.T, b []byte) {
			if !strings.HasPrefix(string(b), "digraph newsgraph {") || !strings.Contains(string(b), `"ng:person/claudia-sheinbaum"`) {
				t.Errorf("DOT output:\n%.300s", b)
			}
		}},
	} {
		t.Run(tt.format+" "+tt.article, func(t *testing.T) {
			out := filepath.Join(dir, tt.format+".out")
			args := []string{"export", "--format", tt.format, "--out", out}
			if tt.article != "" {
				args = append(args, "--article", tt.article)
			}
			runAsk(t, store, args...)
			b, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, b)
		})
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
