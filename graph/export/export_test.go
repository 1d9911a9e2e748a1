package export

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"
	"github.com/piprate/json-gold/ld"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/ask/asktest"
	"github.com/newsgraph/newsgraph/schema"
)

var update = flag.Bool("update", false, "update golden files in testdata/")

// goldStore loads the bundled articles with their gold extractions into a
// bolt file.
func goldStore(t *testing.T) *graph.Store {
	t.Helper()
	s, err := asktest.Load(filepath.Join(t.TempDir(), "g.db"), "../../data/articles", asktest.Gold{Dir: "../../data/eval"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func readAll(t *testing.T, r quad.Reader) []quad.Quad {
	t.Helper()
	var out []quad.Quad
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("read back: %v", err)
		}
		out = append(out, q)
	}
	Sort(out)
	return out
}

func keys(qs []quad.Quad) map[string]bool {
	m := map[string]bool{}
	for _, q := range qs {
		m[q.NQuad()] = true
	}
	return m
}

func TestRoundTrips(t *testing.T) {
	s := goldStore(t)
	ctx := context.Background()
	seed := ArticleIRI("00-seed-mexico-us-cartels.txt")
	for _, article := range []quad.IRI{"", seed} {
		quads, err := Quads(ctx, s, article)
		if err != nil {
			t.Fatal(err)
		}
		if len(quads) < 50 {
			t.Fatalf("Quads(%q) = %d quads, want the bundled graph", article, len(quads))
		}
		for _, q := range quads {
			if article != "" && q.Label != quad.Value(article) {
				t.Fatalf("Quads(%q) returned %s", article, q.NQuad())
			}
		}
		t.Run("nquads "+string(article), func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, NQuads, quads); err != nil {
				t.Fatal(err)
			}
			back := readAll(t, nquads.NewReader(&buf, false))
			if len(back) != len(quads) {
				t.Fatalf("read back %d quads, wrote %d", len(back), len(quads))
			}
			want := keys(quads)
			for _, q := range back {
				if !want[q.NQuad()] {
					t.Errorf("read back %s, which was not written", q.NQuad())
				}
			}
		})
		t.Run("jsonld "+string(article), func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, JSONLD, quads); err != nil {
				t.Fatal(err)
			}
			if !bytes.Contains(buf.Bytes(), []byte(`"@context"`)) || !bytes.Contains(buf.Bytes(), []byte(`"ng":"https://newsgraph.dev/"`)) {
				t.Errorf("JSON-LD has no @context binding ng: %.300s", buf.Bytes())
			}
			// A JSON-LD processor expands it without error, to full IRIs.
			var doc any
			if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
				t.Fatal(err)
			}
			expanded, err := ld.NewJsonLdProcessor().Expand(doc, ld.NewJsonLdOptions(""))
			if err != nil || len(expanded) == 0 {
				t.Fatalf("expand: %d nodes, %v", len(expanded), err)
			}
			back := readAll(t, jsonld.NewReader(&buf))
			if len(back) != len(quads) {
				t.Fatalf("JSON-LD read back %d quads, wrote %d", len(back), len(quads))
			}
			got := keys(FullIRIs(back))
			for _, q := range FullIRIs(quads) {
				if !got[q.NQuad()] {
					t.Errorf("JSON-LD lost %s", q.NQuad())
				}
			}
		})
		t.Run("graphml "+string(article), func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, GraphML, quads); err != nil {
				t.Fatal(err)
			}
			var doc graphML
			if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
				t.Fatalf("GraphML is not valid XML: %v", err)
			}
			ids := map[string]map[string]string{}
			for _, n := range doc.Graph.Nodes {
				data := map[string]string{}
				for _, d := range n.Data {
					data[d.Key] = d.Value
				}
				ids[n.ID] = data
			}
			if d := ids["ng:person/claudia-sheinbaum"]; d["name"] != "Claudia Sheinbaum" || d["type"] != "Person" {
				t.Errorf("Sheinbaum's node = %v", d)
			}
			if len(doc.Graph.Edges) == 0 {
				t.Fatal("no edges")
			}
			for _, e := range doc.Graph.Edges {
				if ids[e.Source] == nil || ids[e.Target] == nil {
					t.Errorf("edge %s -> %s joins an undeclared node", e.Source, e.Target)
				}
				data := map[string]string{}
				for _, d := range e.Data {
					data[d.Key] = d.Value
				}
				if data["predicate"] == "" || !strings.HasPrefix(data["article"], "ng:article/") {
					t.Errorf("edge %s -> %s data = %v, want predicate and article", e.Source, e.Target, data)
				}
			}
		})
	}
}

func TestQuadsUnknownArticle(t *testing.T) {
	s, err := graph.Open("memory")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := Quads(context.Background(), s, ArticleIRI("nope.txt")); err == nil {
		t.Error("Quads(unknown article) = nil error")
	}
}

func TestArticleIRI(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"00-seed-mexico-us-cartels.txt", "ng:article/00-seed-mexico-us-cartels-txt"},
		{"ng:article/00-seed-mexico-us-cartels-txt", "ng:article/00-seed-mexico-us-cartels-txt"},
		{"<ng:article/x>", "ng:article/x"},
	} {
		if got := ArticleIRI(tt.in); string(got) != tt.want {
			t.Errorf("ArticleIRI(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// small is a hand-made article: a person holding a role, a statement and a
// relation.
func small() []quad.Quad {
	a := schema.Article{ID: "small.txt", Title: "A small story"}
	x := schema.Extraction{
		Entities: []schema.Entity{
			{Name: "Ana Pérez", Type: schema.Person, Aliases: []string{"Pérez"}},
			{Name: "Mexico", Type: schema.Government},
			{Name: "Cartel del \"Golfo\"", Type: schema.Cartel},
		},
		Roles:      []schema.Role{{Person: "Ana Pérez", Title: "minister", Org: "Mexico"}},
		Statements: []schema.Statement{{Speaker: "Ana Pérez", Quote: "We will act <now> & \"firmly\"", About: []string{"Cartel del \"Golfo\""}}},
		Relations:  []schema.Relation{{Subject: "Mexico", Predicate: "attacked", Object: "Cartel del \"Golfo\""}},
	}
	return schema.Quads(a, x)
}

func TestGolden(t *testing.T) {
	for _, tt := range []struct {
		format, golden string
	}{
		{NQuads, "small.nq"},
		{GraphML, "small.graphml"},
		{DOT, "small.dot"},
	} {
		t.Run(tt.format, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, tt.format, small()); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", tt.golden)
			if *update {
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./graph/export -update)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("Write(%s) differs from %s:\n%s", tt.format, path, buf.String())
			}
		})
	}
}

func TestWriteUnknownFormat(t *testing.T) {
	if err := Write(io.Discard, "gexf", small()); err == nil {
		t.Error("Write(gexf) = nil error")
	}
}
