package server

import (
	"bytes"
	"encoding/json"
	"flag"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
)

var update = flag.Bool("update", false, "update golden files in testdata/")

func TestShape(t *testing.T) {
	ts, _ := newTestServer(t, Options{})
	const said = `g.V("<ng:person/claudia-sheinbaum>").In("<ng:saidBy>").Out("<ng:text>")`
	for _, tt := range []struct {
		name, lang, query string
		wantCode          int
		wantShapes        int    // paths described
		wantBefore        bool   // a tree before optimisation
		wantType          string // a node type present after optimisation
		wantAttr          string // a value present in some node's attributes after optimisation
		wantErr           string
	}{
		{name: "gizmo path as last value", lang: "gizmo", query: said, wantCode: 200, wantShapes: 1, wantBefore: true,
			wantType: "QuadsAction", wantAttr: "<ng:person/claudia-sheinbaum>"},
		{name: "gizmo with a final", lang: "gizmo", query: said + ".All()", wantCode: 200, wantShapes: 1, wantBefore: true,
			wantType: "QuadsAction", wantAttr: "<ng:saidBy>"},
		{name: "gizmo visualize recipe", lang: "gizmo", wantCode: 200, wantShapes: 1, wantBefore: true, wantType: "Save",
			query: `g.V("<ng:person/claudia-sheinbaum>").Tag("source").In("<ng:saidBy>").Tag("target").All()`},
		{name: "gizmo script with two paths and a morphism", lang: "gizmo", wantCode: 200, wantShapes: 2, wantBefore: true, wantType: "QuadsAction",
			query: `var said = g.M().In("<ng:saidBy>");
g.V("<ng:person/claudia-sheinbaum>").Follow(said).All();
var n = g.V("<ng:person/marco-rubio>").Follow(said).Count();`},
		{name: "mql", lang: "mql", query: `[{"id": null, "<ng:saidBy>": "<ng:person/claudia-sheinbaum>"}]`, wantCode: 200, wantShapes: 1,
			wantAttr: "<ng:person/claudia-sheinbaum>"},
		{name: "gizmo builds no path", lang: "gizmo", query: `var x = 1`, wantCode: 400, wantErr: "builds no path"},
		{name: "gizmo syntax error", lang: "gizmo", query: `g.V(`, wantCode: 400, wantErr: "SyntaxError"},
		{name: "empty", lang: "gizmo", query: " ", wantCode: 400, wantErr: "query is empty"},
		{name: "graphql", lang: "graphql", wantCode: 200, wantShapes: 1, wantType: "IndexScan", wantAttr: "<ng:person/claudia-sheinbaum>",
			query: `{ nodes(id: "<ng:person/claudia-sheinbaum>") { id name: <schema:name> } }`},
		{name: "graphql syntax error", lang: "graphql", query: `{ nodes(`, wantCode: 400, wantErr: "Syntax Error"},
		{name: "unknown language", lang: "sparql", query: `SELECT`, wantCode: 404, wantErr: "unknown query language"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := do(t, "POST", ts.URL+"/api/v1/shape/"+tt.lang, "", tt.query)
			if a.code != tt.wantCode {
				t.Fatalf("POST shape/%s %q = %d %s, want %d", tt.lang, tt.query, a.code, a.body, tt.wantCode)
			}
			if tt.wantErr != "" {
				if msg, _ := decode(t, a)["error"].(string); !strings.Contains(msg, tt.wantErr) {
					t.Errorf("POST shape/%s error = %q, want it to contain %q", tt.lang, msg, tt.wantErr)
				}
				return
			}
			var ans ShapeAnswer
			if err := json.Unmarshal(a.body, &ans); err != nil {
				t.Fatalf("shape answer: %v\n%s", err, a.body)
			}
			if len(ans.Shapes) != tt.wantShapes {
				t.Fatalf("shape/%s: %d shapes, want %d\n%s", tt.lang, len(ans.Shapes), tt.wantShapes, a.body)
			}
			for _, ps := range ans.Shapes {
				if (ps.Before != nil) != tt.wantBefore {
					t.Errorf("shape/%s: before = %v, want present = %v", tt.lang, ps.Before, tt.wantBefore)
				}
				for _, g := range []*Graph{ps.Before, ps.After} {
					if g != nil {
						checkGraph(t, g)
					}
				}
			}
			after := ans.Shapes[0].After
			var types, attrs []string
			for _, n := range after.Nodes {
				types = append(types, n.Type)
				for _, v := range n.Attrs {
					if s, ok := v.(string); ok {
						attrs = append(attrs, s)
					}
				}
			}
			if tt.wantType != "" && !contains(types, tt.wantType) {
				t.Errorf("shape/%s after: node types %v, want a %s", tt.lang, types, tt.wantType)
			}
			if tt.wantAttr != "" && !contains(attrs, tt.wantAttr) {
				t.Errorf("shape/%s after: attributes %v, want %s", tt.lang, attrs, tt.wantAttr)
			}
		})
	}
}

// checkGraph checks that a shape graph is a tree a reader can follow: nodes
// with unique ids, the root first, every other node the target of exactly
// one link from a known node.
func checkGraph(t *testing.T, g *Graph) {
	t.Helper()
	if len(g.Nodes) == 0 {
		t.Fatalf("shape graph has no nodes")
	}
	seen := map[string]bool{}
	for _, n := range g.Nodes {
		if seen[n.ID] || n.Type == "" {
			t.Errorf("node %+v: duplicate id or no type", n)
		}
		seen[n.ID] = true
	}
	in := map[string]int{}
	for _, l := range g.Links {
		if !seen[l.Source] || !seen[l.Target] || l.Label == "" {
			t.Errorf("link %+v: unknown end or no label", l)
		}
		in[l.Target]++
	}
	for i, n := range g.Nodes {
		want := 1
		if i == 0 {
			want = 0
		}
		if in[n.ID] != want {
			t.Errorf("node %s has %d links in, want %d", n.ID, in[n.ID], want)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestShapeGolden keeps the whole answer for one Gizmo path, so a change in
// Cayley's shapes or in their description shows up as a diff. Regenerate
// with go test ./graph/server -run ShapeGolden -update.
func TestShapeGolden(t *testing.T) {
	ts, _ := newTestServer(t, Options{})
	a := do(t, "POST", ts.URL+"/api/v1/shape/gizmo", "",
		`g.V("<ng:person/claudia-sheinbaum>").Tag("source").In("<ng:saidBy>").Tag("target").All()`)
	if a.code != http.StatusOK {
		t.Fatalf("POST shape/gizmo = %d %s", a.code, a.body)
	}
	golden := filepath.Join("testdata", "shape-gizmo-said.golden.json")
	if *update {
		if err := os.WriteFile(golden, a.body, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("read golden (run with -update to create it): %v", err)
	}
	if !bytes.Equal(a.body, want) {
		t.Errorf("shape answer differs from %s (run with -update after checking):\n%s", golden, a.body)
	}
}

// TestGizmoEmitsPaths guards what the shape endpoint relies on: Gizmo's
// g.emit hands a path object to Go as its *path.Path, and values the script
// emits itself are skipped.
func TestGizmoEmitsPaths(t *testing.T) {
	store := seedStore(t)
	var err error
	for _, tt := range []struct {
		query string
		want  int
	}{
		{`g.V("<ng:person/claudia-sheinbaum>")`, 1},
		{`g.Emit(42); g.V().Has("<rdf:type>", "<schema:Person>").Count()`, 1},
	} {
		var ans *ShapeAnswer
		err = store.View(func(qs cgraph.QuadStore) error {
			ans, err = Shapes(t.Context(), qs, "gizmo", tt.query)
			return err
		})
		if err != nil || len(ans.Shapes) != tt.want {
			t.Errorf("Shapes(gizmo, %q) = %v, %v; want %d shapes", tt.query, ans, err, tt.want)
		}
	}
	if p := gizmoPath(42); p != nil {
		t.Errorf("gizmoPath(42) = %v, want nil", p)
	}
}
