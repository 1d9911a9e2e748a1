package cli

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/loaders/extract"
	"github.com/newsgraph/newsgraph/schema"
)

// seedArticle is the bundled seed article, relative to this package.
var seedArticle = filepath.Join("..", "..", "data", "articles", "00-seed-mexico-us-cartels.txt")

// loadSeed loads the seed article with the real extractor into a real bolt
// file and returns the opened store.
func loadSeed(t *testing.T) *graph.Store {
	t.Helper()
	s, err := graph.Open(filepath.Join(t.TempDir(), "seed.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	ex, err := extract.New()
	if err != nil {
		t.Fatalf("extract.New: %v", err)
	}
	io, _, _, errOut := TestIO()
	sum := LoadArticles(context.Background(), s, ex, []string{seedArticle}, io)
	if sum.Articles != 1 || sum.Errors != 0 {
		t.Fatalf("loading the seed: %+v; stderr:\n%s", sum, errOut)
	}
	return s
}

// The expected values below are read from the seed article itself; they are
// the specification of what loading it must give. Each is a subset: the
// graph may know more.
var (
	sheinbaum = schema.EntityIRI(schema.Person, "Claudia Sheinbaum")
	rubio     = schema.EntityIRI(schema.Person, "Marco Rubio")
	riley     = schema.EntityIRI(schema.Person, "Jack Riley")
	farfan    = schema.EntityIRI(schema.Person, "Cecilia Farfán-Méndez")
	calderon  = schema.EntityIRI(schema.Person, "Felipe Calderón")
	mexico    = schema.EntityIRI(schema.Government, "Mexico")
	us        = schema.EntityIRI(schema.Government, "United States")
	dea       = schema.EntityIRI(schema.Agency, "Drug Enforcement Administration")
	merida    = schema.EntityIRI(schema.Agreement, "Mérida Initiative")
	seedIRI   = schema.ArticleIRI("00-seed-mexico-us-cartels.txt")
)

func str(s string) string   { return quad.StringOf(quad.String(s)) }
func iri(i quad.IRI) string { return quad.StringOf(i) }
func iris(is ...quad.IRI) []string {
	var out []string
	for _, i := range is {
		out = append(out, iri(i))
	}
	return out
}

// TestSeedPaths walks the seed graph with Cayley's Go path API.
func TestSeedPaths(t *testing.T) {
	s := loadSeed(t)
	tests := []struct {
		name string
		path func(qs cgraph.QuadStore) *path.Path
		want []string
	}{
		{"people the article mentions", func(qs cgraph.QuadStore) *path.Path {
			return path.StartPath(qs, seedIRI).Out(schema.PredMentions).Has(schema.PredType, schema.ClassOf(schema.Person)).Out(schema.PredName)
		}, []string{str("Claudia Sheinbaum"), str("Donald Trump"), str("Marco Rubio"), str("Jack Riley"),
			str("Cecilia Farfán-Méndez"), str("Felipe Calderón")}},
		{"governments the article mentions", func(qs cgraph.QuadStore) *path.Path {
			return path.StartPath(qs, seedIRI).Out(schema.PredMentions).Has(schema.PredType, schema.ClassOf(schema.Government))
		}, iris(mexico, us)},
		{"Sheinbaum's statements", func(qs cgraph.QuadStore) *path.Path {
			return path.StartPath(qs, sheinbaum).In(schema.PredSaidBy).Out(schema.PredText)
		}, []string{
			str("The United States is not going to come to Mexico with their military"),
			str("We cooperate, we collaborate, but there will be no invasion. It’s off the table, absolutely off the table."),
		}},
		{"Rubio's statements", func(qs cgraph.QuadStore) *path.Path {
			return path.StartPath(qs, rubio).In(schema.PredSaidBy).Out(schema.PredText)
		}, []string{
			str("other elements of American power"),
			str("We have to start treating them as armed terrorist organisations, not simply drug-dealing organisations"),
		}},
		{"Riley's statement", func(qs cgraph.QuadStore) *path.Path {
			return path.StartPath(qs, riley).In(schema.PredSaidBy).Out(schema.PredText)
		}, []string{str("the next logical step")}},
		{"Farfán-Méndez's statements", func(qs cgraph.QuadStore) *path.Path {
			return path.StartPath(qs, farfan).In(schema.PredSaidBy).Out(schema.PredText)
		}, []string{
			str("It’s not a welcome development, once again there’s been a misdiagnosis of these illicit markets and how we can weaken them."),
			str("It would have very serious consequences"),
		}},
		{"every statement was read in the seed", func(qs cgraph.QuadStore) *path.Path {
			return path.StartPath(qs, sheinbaum).In(schema.PredSaidBy).Out(schema.PredInArticle)
		}, iris(seedIRI)},
		{"Sheinbaum is president of Mexico", func(qs cgraph.QuadStore) *path.Path {
			return path.StartPath(qs, sheinbaum).Out(schema.PredHolds).Out(schema.PredOf)
		}, iris(mexico)},
		{"Marco Rubio holds a role of the United States", func(qs cgraph.QuadStore) *path.Path {
			return path.StartPath(qs, rubio).Out(schema.PredHolds).Out(schema.PredOf)
		}, iris(us)},
		{"Rubio's title", func(qs cgraph.QuadStore) *path.Path {
			return path.StartPath(qs, rubio).Out(schema.PredHolds).Out(schema.PredTitle)
		}, []string{str("secretary of state")}},
		{"Jack Riley held a role at the DEA", func(qs cgraph.QuadStore) *path.Path {
			return path.StartPath(qs, riley).Out(schema.PredHolds).Out(schema.PredOf)
		}, iris(dea)},
		{"Felipe Calderón held a role of Mexico", func(qs cgraph.QuadStore) *path.Path {
			return path.StartPath(qs, calderon).Out(schema.PredHolds).Out(schema.PredOf)
		}, iris(mexico)},
		{"the Mérida Initiative binds Mexico and the United States", func(qs cgraph.QuadStore) *path.Path {
			return path.StartPath(qs, merida).Out(schema.PredParty)
		}, iris(mexico, us)},
		{"agreements Mexico is party to", func(qs cgraph.QuadStore) *path.Path {
			return path.StartPath(qs, mexico).In(schema.PredParty).Out(schema.PredName)
		}, []string{str("Mérida Initiative"), str("security agreement"), str("tariff deal")}},
		{"path from Marco Rubio to Mexico through his government's agreements", func(qs cgraph.QuadStore) *path.Path {
			return path.StartPath(qs, rubio).Out(schema.PredHolds).Out(schema.PredOf).In(schema.PredParty).Out(schema.PredParty).Is(mexico)
		}, iris(mexico)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			err := s.View(func(qs cgraph.QuadStore) error {
				return tc.path(qs).Iterate(context.Background()).EachValue(qs, func(v quad.Value) error {
					got = append(got, quad.StringOf(v))
					return nil
				})
			})
			if err != nil {
				t.Fatalf("path: %v", err)
			}
			if missing := subtract(tc.want, got); len(missing) > 0 {
				t.Errorf("missing %q\n got %q", missing, uniq(got))
			}
		})
	}
}

// TestSeedGizmo asks the seed graph the same kind of questions in Gizmo,
// the way the CLI, the HTTP API and the UI do.
func TestSeedGizmo(t *testing.T) {
	s := loadSeed(t)
	tests := []struct {
		name, query string
		want        []string
	}{
		{"Sheinbaum's statements",
			`g.V("<ng:person/claudia-sheinbaum>").In("<ng:saidBy>").Out("<ng:text>").All()`,
			[]string{"The United States is not going to come to Mexico with their military"}},
		{"everyone with a role in the US government",
			`g.V("<ng:government/united-states>").In("<ng:of>").In("<ng:holds>").Out("<schema:name>").All()`,
			[]string{"Marco Rubio"}},
		{"Mexico's president",
			`g.V("<ng:government/mexico>").In("<ng:of>").Has("<ng:title>", "president").In("<ng:holds>").Out("<schema:name>").All()`,
			[]string{"Claudia Sheinbaum"}},
		{"parties to the Mérida Initiative",
			`g.V().Has("<schema:name>", "Mérida Initiative").Out("<ng:party>").Out("<schema:name>").All()`,
			[]string{"Mexico", "United States"}},
		{"who said what, tagged for the Visualize tab",
			`g.V().Has("<rdf:type>", "<schema:Quotation>").Tag("source").Out("<ng:saidBy>").Tag("target").Out("<schema:name>").All()`,
			[]string{"Claudia Sheinbaum", "Marco Rubio", "Jack Riley", "Cecilia Farfán-Méndez"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := s.Query(context.Background(), "gizmo", tc.query, graph.QueryOptions{Limit: 1000})
			if err != nil {
				t.Fatalf("Query(%s): %v", tc.query, err)
			}
			var got []string
			for _, r := range res {
				m, ok := r.(map[string]any)
				if !ok {
					t.Fatalf("Query(%s) result %#v is not an object", tc.query, r)
				}
				got = append(got, fmt.Sprint(m["id"]))
			}
			if missing := subtract(tc.want, got); len(missing) > 0 {
				t.Errorf("Query(%s): missing %q\n got %q", tc.query, missing, uniq(got))
			}
		})
	}
}

// TestSeedReload loads the seed twice into one bolt file: the second load
// changes nothing.
func TestSeedReload(t *testing.T) {
	s := loadSeed(t)
	before, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	io, _, _, errOut := TestIO()
	sum := LoadArticles(context.Background(), s, ex, []string{seedArticle}, io)
	if sum.Added != 0 || sum.Removed != 0 || sum.Errors != 0 {
		t.Errorf("reload: %+v, want no change; stderr %s", sum, errOut)
	}
	after, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if after != before {
		t.Errorf("reload: Stats %+v, want %+v", after, before)
	}
}

// subtract returns the items of want that got lacks (got may hold duplicates).
func subtract(want, got []string) []string {
	have := map[string]bool{}
	for _, g := range got {
		have[g] = true
	}
	var missing []string
	for _, w := range want {
		if !have[w] {
			missing = append(missing, w)
		}
	}
	return missing
}

func uniq(ss []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	if len(out) > 40 {
		out = append(out[:40], fmt.Sprintf("… %d more", len(out)-40))
	}
	return out
}
