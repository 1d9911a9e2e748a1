package cli

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

func TestNewQueryCmd(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		want    QueryOptions
		wantErr bool
	}{
		{"argument", []string{"g.V().All()"},
			QueryOptions{Lang: "gizmo", Query: "g.V().All()", Format: "table", Limit: 100, Timeout: 30 * time.Second}, false},
		{"flags", []string{"--lang", "mql", "--json", "--limit", "5", "--timeout", "2s", "[{}]"},
			QueryOptions{Lang: "mql", Query: "[{}]", Format: "json", Limit: 5, Timeout: 2 * time.Second}, false},
		{"nquads", []string{"--format", "nquads", "g.V()"},
			QueryOptions{Lang: "gizmo", Query: "g.V()", Format: "nquads", Limit: 100, Timeout: 30 * time.Second}, false},
		{"file", []string{"-f", "q.js"},
			QueryOptions{Lang: "gizmo", File: "q.js", Format: "table", Limit: 100, Timeout: 30 * time.Second}, false},
		{"stdin", []string{"-"},
			QueryOptions{Lang: "gizmo", Query: "-", Format: "table", Limit: 100, Timeout: 30 * time.Second}, false},
		{"neither", nil, QueryOptions{}, true},
		{"both", []string{"-f", "q.js", "g.V()"}, QueryOptions{}, true},
		{"unknown format", []string{"--format", "csv", "g.V()"}, QueryOptions{}, true},
		{"json and format disagree", []string{"--json", "--format", "nquads", "g.V()"}, QueryOptions{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, _, _, _ := NewTestFactory("memory")
			var got *QueryOptions
			cmd := NewQueryCmd(f, func(o *QueryOptions) error { got = o; return nil })
			cmd.SetArgs(tt.args)
			cmd.SetOut(f.IO.Out)
			cmd.SetErr(f.IO.ErrOut)
			err := cmd.Execute()
			if (err != nil) != tt.wantErr {
				t.Fatalf("query %v: err = %v, wantErr %v", tt.args, err, tt.wantErr)
			}
			if tt.wantErr {
				return
			}
			got.Factory = nil
			if diff := cmp.Diff(tt.want, *got); diff != "" {
				t.Errorf("query %v options (-want +got):\n%s", tt.args, diff)
			}
		})
	}
}

// smallGraph is a hand-made extraction: a real store is loaded with its quads.
func smallGraph(t *testing.T) *graph.Store {
	t.Helper()
	s, err := graph.Open("memory")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	a := schema.Article{ID: "a.txt", Title: "A"}
	x := schema.Extraction{
		Entities: []schema.Entity{
			{Name: "Claudia Sheinbaum", Type: schema.Person, Aliases: []string{"Sheinbaum"}},
			{Name: "Mexico", Type: schema.Government},
		},
		Roles:      []schema.Role{{Person: "Claudia Sheinbaum", Title: "president", Org: "Mexico"}},
		Statements: []schema.Statement{{Speaker: "Sheinbaum", Quote: "We cooperate, we collaborate"}},
	}
	if _, err := s.ReplaceArticle(context.Background(), schema.ArticleIRI(a.ID), schema.Quads(a, x)); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestQueryRun(t *testing.T) {
	const saidBy = `g.V("<ng:person/claudia-sheinbaum>").In("<ng:saidBy>").Out("<ng:text>").All()`
	dir := t.TempDir()
	file := filepath.Join(dir, "q.js")
	if err := os.WriteFile(file, []byte(saidBy), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		opts  QueryOptions
		stdin string
		want  []string // substrings of stdout
	}{
		{"table", QueryOptions{Lang: "gizmo", Query: saidBy}, "",
			[]string{"id", "We cooperate, we collaborate", "(1 results)"}},
		{"json", QueryOptions{Lang: "gizmo", Query: saidBy, Format: formatJSON}, "",
			[]string{`"id": "We cooperate, we collaborate"`}},
		{"file", QueryOptions{Lang: "gizmo", File: file}, "",
			[]string{"We cooperate, we collaborate"}},
		{"stdin", QueryOptions{Lang: "gizmo", Query: "-"}, saidBy,
			[]string{"We cooperate, we collaborate"}},
		{"tags", QueryOptions{Lang: "gizmo", Query: `g.V("<ng:person/claudia-sheinbaum>").Tag("person").Out("<ng:holds>").Out("<ng:of>").Tag("org").All()`}, "",
			[]string{"org", "person", "<ng:government/mexico>", "<ng:person/claudia-sheinbaum>"}},
		{"limit says what it cut", QueryOptions{Lang: "gizmo", Query: `g.V().All()`, Limit: 2}, "",
			[]string{"(showing 2 of ", ": --limit 0 for all)"}},
		{"graphql as a table", QueryOptions{Lang: "graphql", Query: `{ nodes(<ng:saidBy>: "<ng:person/claudia-sheinbaum>") { id } }`}, "",
			[]string{"id\n<ng:statement/", "(1 results)"}},
		{"limit not reached", QueryOptions{Lang: "gizmo", Query: `g.V("<ng:person/claudia-sheinbaum>").All()`, Limit: 2}, "",
			[]string{"(1 results)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, in, out, _ := NewTestFactory("memory")
			f.Store = smallGraph(t)
			in.WriteString(tt.stdin)
			tt.opts.Factory = f
			if err := queryRun(context.Background(), &tt.opts); err != nil {
				t.Fatalf("queryRun: %v", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(out.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
}

func TestQueryRunJSONParses(t *testing.T) {
	f, _, out, _ := NewTestFactory("memory")
	f.Store = smallGraph(t)
	opts := &QueryOptions{Factory: f, Lang: "gizmo", Format: formatJSON,
		Query: `g.V().Has("<rdf:type>", "<schema:Person>").Out("<schema:name>").All()`}
	if err := queryRun(context.Background(), opts); err != nil {
		t.Fatal(err)
	}
	var got []map[string]any
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if len(got) != 1 || got[0]["id"] != "Claudia Sheinbaum" {
		t.Errorf("people = %v, want one Claudia Sheinbaum", got)
	}
}

// TestQueryRunNQuads checks --format nquads prints what the store says about
// each result node, and that the output parses back as N-Quads.
func TestQueryRunNQuads(t *testing.T) {
	f, _, out, _ := NewTestFactory("memory")
	f.Store = smallGraph(t)
	opts := &QueryOptions{Factory: f, Lang: "gizmo", Format: formatNQuads,
		Query: `g.V("<ng:person/claudia-sheinbaum>").All()`}
	if err := queryRun(context.Background(), opts); err != nil {
		t.Fatal(err)
	}
	got, err := quad.ReadAll(nquads.NewReader(strings.NewReader(out.String()), false))
	if err != nil {
		t.Fatalf("output does not parse as N-Quads: %v\n%s", err, out)
	}
	var preds []string
	for _, q := range got {
		if q.Subject != quad.IRI("ng:person/claudia-sheinbaum") {
			t.Errorf("quad about another node: %s", q.NQuad())
		}
		if q.Label != schema.ArticleIRI("a.txt") {
			t.Errorf("quad without its article label: %s", q.NQuad())
		}
		preds = append(preds, q.Predicate.String())
	}
	sort.Strings(preds)
	want := []string{"<ng:alias>", "<ng:holds>", "<rdf:type>", "<schema:name>"}
	if diff := cmp.Diff(want, preds); diff != "" {
		t.Errorf("predicates (-want +got):\n%s", diff)
	}
}

func TestQueryRunErrors(t *testing.T) {
	tests := []struct {
		name string
		opts QueryOptions
		want string
	}{
		{"unknown language", QueryOptions{Lang: "sparql", Query: "x"}, "unknown language"},
		{"syntax", QueryOptions{Lang: "gizmo", Query: "g.V(("}, "gizmo query"},
		{"missing file", QueryOptions{Lang: "gizmo", File: "/nonexistent/q.js"}, "read query"},
		{"timeout", QueryOptions{Lang: "gizmo", Query: "while(true){}", Timeout: 50 * time.Millisecond}, "deadline"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, _, _, _ := NewTestFactory("memory")
			f.Store = smallGraph(t)
			tt.opts.Factory = f
			err := queryRun(context.Background(), &tt.opts)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("queryRun(%s) = %v, want error containing %q", tt.name, err, tt.want)
			}
		})
	}
}

func TestMainExitCodes(t *testing.T) {
	tests := []struct {
		args []string
		code int
	}{
		{[]string{"--version"}, exitOK},
		{[]string{"nosuchcommand"}, exitUsage},
		{[]string{"query"}, exitUsage},
		{[]string{"--db", "memory", "query", "--lang", "nope", "x"}, exitError},
	}
	for _, tt := range tests {
		f, _, _, errOut := NewTestFactory("memory")
		if got := Main(tt.args, f); got != tt.code {
			t.Errorf("Main(%q) = %d, want %d (stderr %q)", tt.args, got, tt.code, errOut)
		}
	}
}
