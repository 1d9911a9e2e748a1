package cli

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/ask"
	"github.com/newsgraph/newsgraph/graph/ask/asktest"
	"github.com/newsgraph/newsgraph/loaders/extract"
)

// bundledStore loads the bundled articles, extracted by the real extractor,
// into a bolt file in a temp dir. Expectations on it come from the article
// text; when one fails, check the extraction first (newsgraph extract).
func bundledStore(t *testing.T) *graph.Store {
	t.Helper()
	ex, err := extract.New()
	if err != nil {
		t.Fatalf("extract.New: %v", err)
	}
	s, err := asktest.Load(filepath.Join(t.TempDir(), "bundled.db"), filepath.Join("..", "..", "data", "articles"), ex)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// runAsk runs newsgraph with args against store and returns stdout, failing
// the test on a non-zero exit.
func runAsk(t *testing.T, store *graph.Store, args ...string) string {
	t.Helper()
	f, _, out, errOut := NewTestFactory("")
	f.Store = store
	if code := Main(args, f); code != 0 {
		t.Fatalf("newsgraph %s: exit %d: %s", strings.Join(args, " "), code, errOut)
	}
	return out.String()
}

func TestNewAskCmds(t *testing.T) {
	for _, tt := range []struct {
		argv    string
		want    any
		wantErr string
	}{
		{"path Rubio Sheinbaum", PathOptions{From: "Rubio", To: "Sheinbaum", MaxHops: 4, Limit: 5}, ""},
		{"path Rubio Sheinbaum --max-hops 2 --via Agreement --mentions --limit 1 --json",
			PathOptions{From: "Rubio", To: "Sheinbaum", MaxHops: 2, Via: "Agreement", Mentions: true, Limit: 1, JSON: true}, ""},
		{"path Rubio", nil, "accepts 2 arg(s)"},
		{"entity Sheinbaum --json", EntityOptions{Name: "Sheinbaum", JSON: true}, ""},
		{"entity", nil, "accepts 1 arg(s)"},
		{"statements --by Rubio --about Mexico --since 2025-02-01 --limit 3",
			StatementsOptions{By: "Rubio", About: "Mexico", Since: "2025-02-01", Limit: 3}, ""},
		{"statements --since yesterday", nil, "--since"},
		{"statements --until 2025-03-31",
			StatementsOptions{Until: "2025-03-31"}, ""},
		{"statements --until tomorrow", nil, "--until"},
		{"agreements --party Mexico --json", AgreementsOptions{Party: "Mexico", JSON: true}, ""},
		{"search drug enf", SearchOptions{Text: "drug enf", Limit: 20}, ""},
		{"export --format graphml --article a.txt --out g.graphml", ExportOptions{Format: "graphml", Article: "a.txt", Out: "g.graphml"}, ""},
		{"export --format gexf", nil, "--format must be one of"},
		{"render Sheinbaum --out s.svg --hops 3", RenderOptions{Name: "Sheinbaum", Out: "s.svg", Hops: 3}, ""},
		{"render Sheinbaum --out s.gif", nil, "--out must end in"},
		{"render Sheinbaum", nil, "--out is required"},
		{"recipes path --arg from=Rubio --arg to=Mexico", RecipesOptions{Name: "path", Args: []string{"from=Rubio", "to=Mexico"}}, ""},
		{"recipes --arg from=Rubio", nil, "needs a recipe name"},
		{"recipes path --arg from", nil, "not NAME=VALUE"},
		{"completion fish", CompletionOptions{Shell: "fish"}, ""},
		{"completion tcsh", nil, "invalid argument"},
	} {
		t.Run(tt.argv, func(t *testing.T) {
			f, _, _, _ := NewTestFactory("memory")
			var got any
			root := NewRootCmd(f)
			// Replace each command under test with one that captures its options.
			for _, c := range root.Commands() {
				switch c.Name() {
				case "path", "entity", "statements", "agreements", "search", "export", "render", "recipes", "completion":
					root.RemoveCommand(c)
				}
			}
			root.AddCommand(
				NewPathCmd(f, func(o *PathOptions) error { o.Factory = nil; got = *o; return nil }),
				NewEntityCmd(f, func(o *EntityOptions) error { o.Factory = nil; got = *o; return nil }),
				NewStatementsCmd(f, func(o *StatementsOptions) error { o.Factory = nil; got = *o; return nil }),
				NewAgreementsCmd(f, func(o *AgreementsOptions) error { o.Factory = nil; got = *o; return nil }),
				NewSearchCmd(f, func(o *SearchOptions) error { o.Factory = nil; got = *o; return nil }),
				NewExportCmd(f, func(o *ExportOptions) error { o.Factory = nil; got = *o; return nil }),
				NewRenderCmd(f, func(o *RenderOptions) error { o.Factory = nil; got = *o; return nil }),
				NewRecipesCmd(f, func(o *RecipesOptions) error { o.Factory = nil; got = *o; return nil }),
				NewCompletionCmd(f, func(o *CompletionOptions) error { o.Factory, o.Root = nil, nil; got = *o; return nil }),
			)
			root.SetArgs(strings.Fields(tt.argv))
			err := root.Execute()
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("newsgraph %s: error %v, want %q", tt.argv, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("newsgraph %s: %v", tt.argv, err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("newsgraph %s options (-want +got):\n%s", tt.argv, diff)
			}
		})
	}
}

func TestPathRun(t *testing.T) {
	store := bundledStore(t)
	out := runAsk(t, store, "path", "Marco Rubio", "Claudia Sheinbaum", "--json")
	var res ask.PathResult
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("path --json: %v\n%s", err, out)
	}
	if res.From.IRI != "ng:person/marco-rubio" || res.To.IRI != "ng:person/claudia-sheinbaum" || len(res.Paths) == 0 {
		t.Fatalf("path Rubio Sheinbaum = %+v", res)
	}
	for _, p := range res.Paths {
		if p.Hops[0].From.IRI != res.From.IRI || p.Hops[len(p.Hops)-1].To.IRI != res.To.IRI {
			t.Errorf("path %+v does not run from Rubio to Sheinbaum", p)
		}
		for i, h := range p.Hops {
			if i > 0 && h.From.IRI != p.Hops[i-1].To.IRI {
				t.Errorf("hop %d starts at %s, not where hop %d ended", i, h.From.IRI, i-1)
			}
			for _, l := range h.Links {
				if len(l.Articles) == 0 || !strings.HasPrefix(l.Articles[0], "ng:article/00-seed") {
					t.Errorf("link %+v: want provenance in the seed article", l)
				}
			}
		}
	}
	// The seed says Rubio is "US secretary of state": every path leaves him
	// through that office.
	first := res.Paths[0].Hops[0]
	if first.To.IRI != "ng:government/united-states" || first.Links[0].Via == nil || first.Links[0].Via.Name != "secretary of state" {
		t.Errorf("first hop = %+v, want Rubio's office as US secretary of state", first)
	}

	text := runAsk(t, store, "path", "Rubio", "Sheinbaum")
	for _, want := range []string{"Marco Rubio → Claudia Sheinbaum", "Path 1", "--[secretary of state of]-->", "ng:article/00-seed-mexico-us-cartels-txt"} {
		if !strings.Contains(text, want) {
			t.Errorf("path output lacks %q:\n%s", want, text)
		}
	}
}

func TestPathRunErrors(t *testing.T) {
	store := bundledStore(t)
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"path", "Rubio", "Atlantis"}, "no such entity"},
		{[]string{"path", "Rubio", "Sheinbaum", "--max-hops", "1"}, "no connection found"},
		{[]string{"path", "Rubio", "Sheinbaum", "--via", "Planet"}, "unknown entity type"},
		{[]string{"entity", "Uni"}, "is ambiguous"},
	} {
		f, _, _, errOut := NewTestFactory("")
		f.Store = store
		if code := Main(tt.args, f); code != 1 || !strings.Contains(errOut.String(), tt.want) {
			t.Errorf("newsgraph %v = exit %d, %q; want 1 and %q", tt.args, code, errOut, tt.want)
		}
	}
}

// TestEndpointsMatchCLI checks that each JSON endpoint answers exactly what
// its command prints with --json.
func TestEndpointsMatchCLI(t *testing.T) {
	store := bundledStore(t)
	srv := httptest.NewServer(ask.NewHandler(store))
	defer srv.Close()
	for _, tt := range []struct {
		args []string
		url  string
	}{
		{[]string{"path", "Marco Rubio", "Claudia Sheinbaum"}, "/api/path?from=Marco+Rubio&to=Claudia+Sheinbaum"},
		{[]string{"path", "Rubio", "Mexico", "--max-hops", "3", "--limit", "2"}, "/api/path?from=Rubio&to=Mexico&max_hops=3&limit=2"},
		{[]string{"entity", "Sheinbaum"}, "/api/entity?name=Sheinbaum"},
		{[]string{"entity", "United States"}, "/api/entity?name=United+States"},
		{[]string{"statements", "--by", "Sheinbaum"}, "/api/statements?by=Sheinbaum"},
		{[]string{"statements"}, "/api/statements"},
		{[]string{"agreements", "--party", "Mexico"}, "/api/agreements?party=Mexico"},
		{[]string{"agreements"}, "/api/agreements"},
		{[]string{"search", "mex"}, "/api/search?q=mex&limit=20"},
	} {
		t.Run(tt.url, func(t *testing.T) {
			cli := runAsk(t, store, append(tt.args, "--json")...)
			resp, err := http.Get(srv.URL + tt.url)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("GET %s = %d: %s", tt.url, resp.StatusCode, body)
			}
			if len(body) < 3 {
				t.Fatalf("GET %s answered %q", tt.url, body)
			}
			if !bytes.Equal([]byte(cli), body) {
				t.Errorf("newsgraph %v --json and GET %s differ:\n%s", tt.args, tt.url, cmp.Diff(cli, string(body)))
			}
		})
	}
}

// TestTimelineRun: the bundled articles as the extractor reads them give El
// Salvador's designation of the gangs and its article's date.
func TestTimelineRun(t *testing.T) {
	store := bundledStore(t)
	out := runAsk(t, store, "timeline", "El Salvador")
	for _, want := range []string{"El Salvador (Government)", "DATE", "designated", "01-el-salvador-transnational-gangs", "entries)"} {
		if !strings.Contains(out, want) {
			t.Errorf("timeline El Salvador lacks %q:\n%s", want, out)
		}
	}
	js := runAsk(t, store, "timeline", "El Salvador", "--json", "--limit", "1")
	if !strings.Contains(js, `"entries": [`) || !strings.Contains(js, `"total":`) {
		t.Errorf("timeline --json = %s", js)
	}
}
