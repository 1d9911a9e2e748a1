package cli

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad/nquads"
)

func TestExportRun(t *testing.T) {
	store := bundledStore(t)
	dir := t.TempDir()
	for _, tt := range []struct {
		format, article string
		check           func(t *testing.T, b []byte)
	}{
		{"nquads", "", func(t *testing.T, b []byte) {
			lines := strings.Split(strings.TrimSpace(string(b)), "\n")
			st := runAsk(t, store, "stats", "--json")
			for _, l := range lines {
				if _, err := nquads.Parse(l); err != nil {
					t.Fatalf("line %q: %v", l, err)
				}
			}
			if !strings.Contains(st, `"quads": `+itoa(len(lines))) {
				t.Errorf("exported %d quads; stats says %s", len(lines), st)
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
