package ask

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/ask/asktest"
	"github.com/newsgraph/newsgraph/graph/pgtest"
	"github.com/newsgraph/newsgraph/schema"
)

const (
	rubio      = "ng:person/marco-rubio"
	sheinbaum  = "ng:person/claudia-sheinbaum"
	mexico     = "ng:government/mexico"
	us         = "ng:government/united-states"
	merida     = "ng:agreement/merida-initiative"
	seed       = "ng:article/00-seed-mexico-us-cartels-txt"
	calderon   = "ng:person/felipe-calderon"
	rubioQuote = "We have to start treating them as armed terrorist organisations, not simply drug-dealing organisations"
)

func TestResolve(t *testing.T) {
	a := New(goldStore(t))
	for _, tt := range []struct {
		name    string
		want    string
		wantErr error
	}{
		{"Claudia Sheinbaum", sheinbaum, nil},
		{"  claudia   SHEINBAUM ", sheinbaum, nil},
		{"Sheinbaum", sheinbaum, nil},           // alias
		{"Merida Initiative", merida, nil},      // diacritics folded
		{"Washington", us, nil},                 // metonym alias
		{"<ng:person/marco-rubio>", rubio, nil}, // IRI
		{"ng:person/marco-rubio", rubio, nil},   // IRI without brackets
		{"Calderón", calderon, nil},             // surname, not an alias
		{"Uni", "", ErrAmbiguous},               // United States, United Nations, ...
		{"Atlantis", "", ErrNotFound},
		{"", "", ErrInvalid},
	} {
		got, err := a.Resolve(context.Background(), tt.name)
		if !errors.Is(err, tt.wantErr) || got.IRI != tt.want {
			t.Errorf("Resolve(%q) = %q, %v; want %q, %v", tt.name, got.IRI, err, tt.want, tt.wantErr)
		}
	}
}

func TestResolveAmbiguousListsCandidates(t *testing.T) {
	a := New(goldStore(t))
	_, err := a.Resolve(context.Background(), "Uni")
	var amb *AmbiguousError
	if !errors.As(err, &amb) {
		t.Fatalf("Resolve(Uni) error = %v, want *AmbiguousError", err)
	}
	iris := map[string]bool{}
	for _, c := range amb.Candidates {
		iris[c.IRI] = true
		if c.Type == "" || c.Name == "" {
			t.Errorf("candidate %+v lacks a type or name", c)
		}
	}
	if !iris[us] || !iris["ng:organization/united-nations"] {
		t.Errorf("candidates %v lack the United States or the United Nations", amb.Candidates)
	}
	if !strings.Contains(err.Error(), "<"+us+">") {
		t.Errorf("error %q does not name the candidates' IRIs", err)
	}
}

// trail returns the IRIs a path passes.
func trail(p Path) []string {
	var out []string
	for i, h := range p.Hops {
		if i == 0 {
			out = append(out, h.From.IRI)
		}
		out = append(out, h.To.IRI)
	}
	return out
}

func TestPaths(t *testing.T) {
	a := New(goldStore(t))
	for _, tt := range []struct {
		name      string
		from, to  string
		opt       PathOptions
		wantFirst []string // the first (shortest) path
		wantVia   string   // a type some intermediate node of every path has
		wantErr   error
	}{
		{"rubio to sheinbaum", "Marco Rubio", "Claudia Sheinbaum", PathOptions{},
			[]string{rubio, us, mexico, sheinbaum}, "", nil},
		{"rubio to mexico", "Rubio", "Mexico", PathOptions{}, []string{rubio, us, mexico}, "", nil},
		{"through an agreement", "Marco Rubio", "Sheinbaum", PathOptions{Via: "agreement"},
			nil, "Agreement", nil},
		{"too far", "Marco Rubio", "Sheinbaum", PathOptions{MaxHops: 2}, nil, "", ErrNoPath},
		{"bad via", "Marco Rubio", "Sheinbaum", PathOptions{Via: "Planet"}, nil, "", ErrInvalid},
		{"bad hops", "Marco Rubio", "Sheinbaum", PathOptions{MaxHops: 99}, nil, "", ErrInvalid},
		{"unknown", "Marco Rubio", "Atlantis", PathOptions{}, nil, "", ErrNotFound},
		{"same", "Rubio", "Marco Rubio", PathOptions{}, nil, "", ErrInvalid},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res, err := a.Paths(context.Background(), tt.from, tt.to, tt.opt)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Paths(%q, %q, %+v) error = %v, want %v", tt.from, tt.to, tt.opt, err, tt.wantErr)
			}
			if tt.wantErr != nil {
				return
			}
			if len(res.Paths) == 0 {
				t.Fatalf("Paths(%q, %q) found no path", tt.from, tt.to)
			}
			if tt.wantFirst != nil && strings.Join(trail(res.Paths[0]), " ") != strings.Join(tt.wantFirst, " ") {
				t.Errorf("first path = %v, want %v", trail(res.Paths[0]), tt.wantFirst)
			}
			for i, p := range res.Paths {
				if i > 0 && len(p.Hops) < len(res.Paths[i-1].Hops) {
					t.Errorf("path %d is shorter than path %d", i, i-1)
				}
				via := false
				for _, h := range p.Hops {
					via = via || h.To.Type == tt.wantVia
					if len(h.Links) == 0 {
						t.Errorf("hop %s -> %s has no links", h.From.IRI, h.To.IRI)
					}
					for _, l := range h.Links {
						if len(l.Articles) == 0 || l.Predicate == "" || l.Direction == "" {
							t.Errorf("hop %s -> %s: link %+v lacks predicate, direction or articles", h.From.IRI, h.To.IRI, l)
						}
					}
				}
				if tt.wantVia != "" && !via {
					t.Errorf("path %v passes no %s", trail(p), tt.wantVia)
				}
			}
		})
	}
}

func TestPathsProvenanceAndAlternatives(t *testing.T) {
	a := New(goldStore(t))
	res, err := a.Paths(context.Background(), "Marco Rubio", "Claudia Sheinbaum", PathOptions{})
	if err != nil {
		t.Fatal(err)
	}
	first := res.Paths[0].Hops[0].Links[0]
	if first.Predicate != LinkRole || first.Direction != DirOut || first.Via == nil || first.Via.Name != "secretary of state" {
		t.Errorf("first link = %+v, want Rubio's role as secretary of state", first)
	}
	if first.Articles[0] != seed {
		t.Errorf("first link read in %v, want the seed article", first.Articles)
	}
	if len(res.Paths) < 2 {
		t.Errorf("Paths found %d path(s), want alternatives through the agreements too", len(res.Paths))
	}
	seen := map[string]bool{}
	for _, p := range res.Paths {
		k := strings.Join(trail(p), " ")
		if seen[k] {
			t.Errorf("path %s returned twice", k)
		}
		seen[k] = true
	}
}

func TestEntity(t *testing.T) {
	a := New(goldStore(t))
	ctx := context.Background()
	c, err := a.Entity(ctx, "Sheinbaum")
	if err != nil {
		t.Fatal(err)
	}
	if c.Entity.IRI != sheinbaum || c.Entity.Type != "Person" {
		t.Errorf("Entity(Sheinbaum) = %+v", c.Entity)
	}
	if len(c.Roles) != 1 || c.Roles[0].Title != "president" || c.Roles[0].Org.IRI != mexico || c.Roles[0].Former {
		t.Errorf("Sheinbaum's roles = %+v, want president of Mexico (current)", c.Roles)
	}
	quotes := map[string]bool{}
	for _, s := range c.Said {
		quotes[s.Text] = true
		if s.Speaker.IRI != sheinbaum || len(s.Articles) == 0 || s.Articles[0].IRI != seed {
			t.Errorf("statement %+v: wrong speaker or article", s)
		}
	}
	if !quotes["The United States is not going to come to Mexico with their military"] || len(c.Said) != 2 {
		t.Errorf("Sheinbaum said %v", quotes)
	}
	if len(c.Articles) == 0 || c.Articles[0].IRI != seed {
		t.Errorf("Sheinbaum mentioned in %+v", c.Articles)
	}

	c, err = a.Entity(ctx, "Felipe Calderón")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Roles) != 1 || !c.Roles[0].Former {
		t.Errorf("Calderón's roles = %+v, want one former role", c.Roles)
	}

	c, err = a.Entity(ctx, "Mexico")
	if err != nil {
		t.Fatal(err)
	}
	officials := map[string]bool{}
	for _, r := range c.Officials {
		officials[r.Person.IRI] = true
	}
	if !officials[sheinbaum] || !officials[calderon] {
		t.Errorf("Mexico's officials = %v, want Sheinbaum and Calderón", officials)
	}
	agreements := map[string]bool{}
	for _, ag := range c.Agreements {
		agreements[ag.Agreement.IRI] = true
	}
	if !agreements[merida] {
		t.Errorf("Mexico's agreements = %v, want the Mérida Initiative", agreements)
	}
	out := map[string]bool{}
	for _, r := range c.RelationsOut {
		out[r.Predicate+" "+r.Object.IRI] = true
	}
	if !out["ng:cooperatesWith "+us] {
		t.Errorf("Mexico's relations out = %v, want cooperatesWith the United States", out)
	}
}

func dayOf(tb testing.TB, s string) time.Time {
	t, err := ParseDate(s)
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

func until(tb testing.TB, s string) time.Time {
	t, err := ParseUntil(s)
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

func TestStatements(t *testing.T) {
	a := New(goldStore(t))
	for _, tt := range []struct {
		name     string
		f        StatementFilter
		wantText string // one statement that must be there
		wantN    int    // exact count; -1 for at least one
		wantErr  error
	}{
		{"by rubio", StatementFilter{By: "Rubio"}, rubioQuote, 2, nil},
		{"limit", StatementFilter{By: "Rubio", Limit: 1}, "", 1, nil},
		{"all", StatementFilter{}, rubioQuote, -1, nil},
		{"unknown speaker", StatementFilter{By: "Atlantis"}, "", 0, ErrNotFound},
		// Two bundled articles are dated: 01 (2016-01-07, 3 statements) and
		// 06 (2003-08-13, 4 statements).
		{"since", StatementFilter{Since: dayOf(t, "2010-01-01")}, "", 3, nil},
		{"until, that day included", StatementFilter{Until: until(t, "2003-08-13")}, "", 4, nil},
		{"until the day before", StatementFilter{Until: until(t, "2003-08-12")}, "", 0, nil},
		{"between", StatementFilter{Since: dayOf(t, "2003-01-01"), Until: until(t, "2015-12-31")}, "", 4, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			sts, err := a.Statements(context.Background(), tt.f)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Statements(%+v) error = %v, want %v", tt.f, err, tt.wantErr)
			}
			if tt.wantErr != nil {
				return
			}
			if (tt.wantN >= 0 && len(sts) != tt.wantN) || (tt.wantN < 0 && len(sts) == 0) {
				t.Errorf("Statements(%+v) = %d statements, want %d", tt.f, len(sts), tt.wantN)
			}
			found := tt.wantText == ""
			for _, s := range sts {
				found = found || s.Text == tt.wantText
			}
			if !found {
				t.Errorf("Statements(%+v) lack %q", tt.f, tt.wantText)
			}
		})
	}
}

func TestAgreementsAndSearch(t *testing.T) {
	a := New(goldStore(t))
	ctx := context.Background()
	ags, err := a.Agreements(ctx, "Mexico", 0)
	if err != nil {
		t.Fatal(err)
	}
	var gotMerida bool
	for _, ag := range ags {
		if ag.Agreement.IRI == merida {
			gotMerida = len(ag.Parties) == 2 && ag.Parties[0].Entity.IRI == mexico && ag.Parties[1].Entity.IRI == us
		}
	}
	if !gotMerida {
		t.Errorf("Agreements(Mexico) = %+v, want the Mérida Initiative between Mexico and the United States", ags)
	}
	all, err := a.Agreements(ctx, "", 0)
	if err != nil || len(all) <= len(ags) {
		t.Errorf("Agreements() = %d, %v; want more than Mexico's %d", len(all), err, len(ags))
	}

	for _, tt := range []struct{ q, want string }{
		{"merida", merida},
		{"SHEIN", sheinbaum},
		{"washing", us},
		{"rubio", rubio},
	} {
		hits, err := a.Search(ctx, tt.q, 0)
		if err != nil || len(hits) == 0 || hits[0].Entity.IRI != tt.want {
			t.Errorf("Search(%q) = %+v, %v; want %s first", tt.q, hits, err, tt.want)
		}
	}
}

func TestRecipesRun(t *testing.T) {
	s := goldStore(t)
	rs, err := Recipes()
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) < 4 {
		t.Fatalf("Recipes() = %d recipes, want at least 4", len(rs))
	}
	for _, r := range rs {
		t.Run(r.Name, func(t *testing.T) {
			q, err := r.Fill(nil)
			if err != nil {
				t.Fatalf("Fill: %v", err)
			}
			res, err := s.Query(context.Background(), "gizmo", q, graph.QueryOptions{Limit: 1000})
			if err != nil {
				t.Fatalf("query: %v", err)
			}
			// who-said-what-about draws only when some statement is about
			// something (the gold extractions record no statement's subject).
			wantRows := true
			if r.Name == "who-said-what-about" {
				about, err := s.Query(context.Background(), "gizmo", `g.V().Out("<ng:about>").All()`, graph.QueryOptions{Limit: 1})
				if err != nil {
					t.Fatal(err)
				}
				wantRows = len(about) > 0
			}
			if (len(res) > 0) != wantRows {
				t.Fatalf("recipe %s returned %d rows on the bundled articles", r.Name, len(res))
			}
			for _, row := range res {
				m, ok := row.(map[string]any)
				if !ok || m["source"] == nil || m["target"] == nil {
					t.Errorf("row %v lacks source or target", row)
				}
			}
		})
	}
}

func TestRecipeFill(t *testing.T) {
	r, err := FindRecipe("path")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args    map[string]string
		want    string
		wantErr bool
	}{
		{map[string]string{"from": "<ng:person/x>"}, `var from = "<ng:person/x>", to = "<ng:government/mexico>", maxHops = 6;`, false},
		{map[string]string{"from": `<a">`}, "", true},
		{map[string]string{"max_hops": "x"}, "", true},
		{map[string]string{"nope": "1"}, "", true},
	} {
		got, err := r.Fill(tt.args)
		if (err != nil) != tt.wantErr || !strings.Contains(got, tt.want) {
			t.Errorf("Fill(%v) = %q, %v; want it to contain %q (error %v)", tt.args, got, err, tt.want, tt.wantErr)
		}
	}
	if _, err := FindRecipe("nope"); !errors.Is(err, ErrInvalid) {
		t.Errorf("FindRecipe(nope) error = %v, want ErrInvalid", err)
	}
}

// TestEntityRoleReadInTwoArticles checks that an office read in several
// articles is one row, holder's side and organisation's side, listing both
// articles.
func TestEntityRoleReadInTwoArticles(t *testing.T) {
	ctx := context.Background()
	s, err := graph.Open("memory")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	x := schema.Extraction{
		Entities: []schema.Entity{{Name: "Ana Ruiz", Type: schema.Person}, {Name: "Peru", Type: schema.Government}},
		Roles:    []schema.Role{{Person: "Ana Ruiz", Title: "interior minister", Org: "Peru"}},
	}
	for _, id := range []string{"one.txt", "two.txt"} {
		a := schema.Article{ID: id}
		if _, err := s.ReplaceArticle(ctx, schema.ArticleIRI(id), schema.Quads(a, x)); err != nil {
			t.Fatal(err)
		}
	}
	want := []string{string(schema.ArticleIRI("one.txt")), string(schema.ArticleIRI("two.txt"))}
	for _, tc := range []struct {
		name  string
		roles func(Card) []RoleFact
	}{
		{"Ana Ruiz", func(c Card) []RoleFact { return c.Roles }},
		{"Peru", func(c Card) []RoleFact { return c.Officials }},
	} {
		c, err := New(s).Entity(ctx, tc.name)
		if err != nil {
			t.Fatalf("Entity(%s): %v", tc.name, err)
		}
		rs := tc.roles(c)
		if len(rs) != 1 {
			t.Fatalf("Entity(%s): %d role rows, want 1: %+v", tc.name, len(rs), rs)
		}
		if got := rs[0].Articles; strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("Entity(%s) role articles = %v, want %v", tc.name, got, want)
		}
	}
}

// TestEntityCardShowsNewest checks a busy entity's card lists the newest
// CardItems statements and counts them all.
func TestEntityCardShowsNewest(t *testing.T) {
	for _, db := range []string{graph.BackendMemory, filepath.Join(t.TempDir(), "newest.db")} {
		t.Run(filepath.Base(db), func(t *testing.T) { testEntityCardShowsNewest(t, db) })
	}
}

func testEntityCardShowsNewest(t *testing.T, db string) {
	s, err := graph.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	const n = CardItems + 7
	for i := 0; i < n; i++ {
		a := schema.Article{ID: fmt.Sprintf("a%02d", i), Title: "t"}
		x := schema.Extraction{
			Entities:   []schema.Entity{{Name: "Ana Ruiz", Type: schema.Person}, {Name: "Mexico", Type: schema.Government}},
			Statements: []schema.Statement{{Speaker: "Ana Ruiz", Quote: fmt.Sprintf("quote %02d", i), About: []string{"Mexico"}}},
		}
		if _, err := s.ReplaceArticle(context.Background(), schema.ArticleIRI(a.ID), schema.Quads(a, x)); err != nil {
			t.Fatal(err)
		}
	}
	// The newest article is deleted: its statement leaves the card.
	if _, err := s.DeleteArticle(context.Background(), schema.ArticleIRI(fmt.Sprintf("a%02d", n-1))); err != nil {
		t.Fatal(err)
	}
	c, err := New(s).Entity(context.Background(), "Ana Ruiz")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Said) != CardItems || c.Totals.Said < n-1 || len(c.Articles) != CardItems || c.Totals.Articles < n-1 {
		t.Fatalf("card lists %d statements of %d, %d articles of %d; want %d of %d each", len(c.Said), c.Totals.Said, len(c.Articles), c.Totals.Articles, CardItems, n-1)
	}
	for _, st := range c.Said {
		if st.Text < fmt.Sprintf("quote %02d", n-1-CardItems) || st.Text == fmt.Sprintf("quote %02d", n-1) {
			t.Errorf("card shows %q, not one of the newest %d live statements", st.Text, CardItems)
		}
	}
	m, err := New(s).Entity(context.Background(), "Mexico")
	if err != nil {
		t.Fatal(err)
	}
	if len(m.SaidAbout) != CardItems || m.Totals.SaidAbout < n-1 {
		t.Errorf("Mexico's card: %d statements about it of %d, want %d of %d", len(m.SaidAbout), m.Totals.SaidAbout, CardItems, n-1)
	}
}

// TestAskOnPostgres asks the bundled gold store's questions of a
// PostgreSQL store: reads there go through Cayley's SQL optimiser.
func TestAskOnPostgres(t *testing.T) {
	s, err := asktest.Load(pgtest.Fresh(t), "../../data/articles", asktest.Gold{Dir: "../../data/eval"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	bolt, pg := New(goldStore(t)), New(s)
	for _, q := range []struct {
		name string
		ask  func(a *Asker) (any, error)
	}{
		{"path", func(a *Asker) (any, error) { return a.Paths(ctx, "Marco Rubio", "Claudia Sheinbaum", PathOptions{}) }},
		{"entity", func(a *Asker) (any, error) { return a.Entity(ctx, "United States") }},
		{"statements", func(a *Asker) (any, error) { return a.Statements(ctx, StatementFilter{About: "Mexico"}) }},
		{"search", func(a *Asker) (any, error) { return a.Search(ctx, "mex", 10) }},
		// Every answer that reads ahead in batches on PostgreSQL.
		{"path mentions", func(a *Asker) (any, error) {
			return a.Paths(ctx, "Marco Rubio", "Claudia Sheinbaum", PathOptions{Mentions: true, Limit: 10})
		}},
		{"path via", func(a *Asker) (any, error) {
			return a.Paths(ctx, "Marco Rubio", "Claudia Sheinbaum", PathOptions{Via: "Government", MaxHops: 6})
		}},
		{"entity person", func(a *Asker) (any, error) { return a.Entity(ctx, "Sheinbaum") }},
		{"entity Mexico", func(a *Asker) (any, error) { return a.Entity(ctx, "Mexico") }},
		{"entity Calderón", func(a *Asker) (any, error) { return a.Entity(ctx, "Felipe Calderón") }},
		{"statements by", func(a *Asker) (any, error) {
			return a.Statements(ctx, StatementFilter{By: "Claudia Sheinbaum", Limit: 5})
		}},
		{"statements all", func(a *Asker) (any, error) { return a.Statements(ctx, StatementFilter{}) }},
		{"timeline", func(a *Asker) (any, error) { return a.Timeline(ctx, "Mexico", 0) }},
		{"agreements", func(a *Asker) (any, error) { return a.Agreements(ctx, "", 0) }},
		{"search all", func(a *Asker) (any, error) { return a.Search(ctx, "ma", 0) }},
	} {
		want, err := q.ask(bolt)
		if err != nil {
			t.Fatalf("%s on bolt: %v", q.name, err)
		}
		got, err := q.ask(pg)
		if err != nil {
			t.Fatalf("%s on PostgreSQL: %v", q.name, err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: PostgreSQL differs from bolt (-bolt +postgres):\n%s", q.name, diff)
		}
	}
}

// TestReadAheadMatchesLazy checks that reading ahead in batches (on
// PostgreSQL) changes no answer: each question is asked with and without
// it, of the gold store on PostgreSQL and, when NEWSGRAPH_BENCH_DB names a
// PostgreSQL store (see BenchmarkAskStore), of that one with its
// questions.
func TestReadAheadMatchesLazy(t *testing.T) {
	s, err := asktest.Load(pgtest.Fresh(t), "../../data/articles", asktest.Gold{Dir: "../../data/eval"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	readAheadMatchesLazy(t, s, "Claudia Sheinbaum", "Marco Rubio", "Claudia Sheinbaum")
	db, person := os.Getenv("NEWSGRAPH_BENCH_DB"), os.Getenv("NEWSGRAPH_BENCH_PERSON")
	from, to := os.Getenv("NEWSGRAPH_BENCH_FROM"), os.Getenv("NEWSGRAPH_BENCH_TO")
	if !strings.HasPrefix(db, "postgres") || person == "" || from == "" || to == "" {
		return
	}
	big, err := graph.OpenReadOnly(db)
	if err != nil {
		t.Fatal(err)
	}
	defer big.Close()
	readAheadMatchesLazy(t, big, person, from, to)
}

func readAheadMatchesLazy(t *testing.T, s *graph.Store, person, from, to string) {
	ctx := context.Background()
	batched, lazy := New(s), New(s)
	lazy.lazy = true
	for _, q := range []struct {
		name string
		ask  func(a *Asker) (any, error)
	}{
		{"path", func(a *Asker) (any, error) { return a.Paths(ctx, from, to, PathOptions{}) }},
		{"path mentions", func(a *Asker) (any, error) { return a.Paths(ctx, from, to, PathOptions{Mentions: true}) }},
		{"entity", func(a *Asker) (any, error) { return a.Entity(ctx, person) }},
		{"entity Mexico", func(a *Asker) (any, error) { return a.Entity(ctx, "Mexico") }},
		{"statements by", func(a *Asker) (any, error) { return a.Statements(ctx, StatementFilter{By: person}) }},
		{"statements about", func(a *Asker) (any, error) { return a.Statements(ctx, StatementFilter{About: "Mexico"}) }},
		{"timeline", func(a *Asker) (any, error) { return a.Timeline(ctx, person, 0) }},
		{"search", func(a *Asker) (any, error) { return a.Search(ctx, person[:4], 10) }},
		{"search all", func(a *Asker) (any, error) { return a.Search(ctx, person[:2], 0) }},
		{"agreements", func(a *Asker) (any, error) { return a.Agreements(ctx, "Mexico", 0) }},
		{"neighbourhood", func(a *Asker) (any, error) {
			n, qs, err := a.Neighbourhood(ctx, person, 2)
			return []any{n, qs}, err
		}},
	} {
		want, werr := q.ask(lazy)
		got, gerr := q.ask(batched)
		if fmt.Sprint(werr) != fmt.Sprint(gerr) {
			t.Errorf("%s: error %v read ahead, %v lazily", q.name, gerr, werr)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: reading ahead changes the answer (-lazy +ahead):\n%s", q.name, diff)
		}
	}
}

// TestRecipesUseTheVocabulary: every predicate a recipe follows is one
// the store writes: a relation of the closed vocabulary or one of the
// links between entities, roles, statements and agreements.
func TestRecipesUseTheVocabulary(t *testing.T) {
	links := map[string]bool{}
	for _, p := range []quad.IRI{schema.PredHolds, schema.PredOf, schema.PredSaidBy, schema.PredAbout, schema.PredParty, schema.PredMentions} {
		links[string(p)] = true
	}
	for v := range schema.RelationPredicates {
		links[string(schema.RelationIRI(v))] = true
	}
	rs, err := Recipes()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		for _, m := range regexp.MustCompile(`<(ng:[a-z][A-Za-z]*)>`).FindAllStringSubmatch(r.Text, -1) {
			if !links[m[1]] {
				t.Errorf("recipe %s follows %s, which the store does not write", r.Name, m[1])
			}
		}
	}
}

// TestPathsPreferEvents checks that among paths of one length those whose
// hops are stated events come first: Peru reaches the gang through a
// person it arrested (events) and through a person who spoke of both
// (statements), whose IRI sorts first.
func TestPathsPreferEvents(t *testing.T) {
	s, err := graph.Open(filepath.Join(t.TempDir(), "events.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a := schema.Article{ID: "events.txt", Title: "Events", Text: "Invented copy."}
	x := schema.Extraction{
		Article: a.ID,
		Entities: []schema.Entity{
			{Name: "Peru", Type: schema.Government}, {Name: "Zeta Gang", Type: schema.Cartel},
			{Name: "Aldo Abad", Type: schema.Person}, {Name: "Zoe Zuniga", Type: schema.Person},
		},
		Statements: []schema.Statement{
			{Speaker: "Aldo Abad", Quote: "Peru is losing to the Zeta Gang.", About: []string{"Peru", "Zeta Gang"}},
		},
		Relations: []schema.Relation{
			{Subject: "Peru", Predicate: "arrested", Object: "Zoe Zuniga"},
			{Subject: "Zoe Zuniga", Predicate: "memberOf", Object: "Zeta Gang"},
		},
	}
	if _, err := s.ReplaceArticle(context.Background(), schema.ArticleIRI(a.ID), schema.Quads(a, x)); err != nil {
		t.Fatal(err)
	}
	res, err := New(s).Paths(context.Background(), "Peru", "Zeta Gang", PathOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Paths) < 2 {
		t.Fatalf("Paths found %d path(s), want the event path and the statement path", len(res.Paths))
	}
	first := res.Paths[0]
	if len(first.Hops) != 2 || first.Hops[0].To.Name != "Zoe Zuniga" {
		t.Errorf("first path = %v, want Peru -arrested-> Zoe Zuniga -memberOf-> Zeta Gang", trail(first))
	}
	if second := res.Paths[1]; len(second.Hops) != 2 || second.Hops[0].To.Name != "Aldo Abad" {
		t.Errorf("second path = %v, want the one through Aldo Abad's statement", trail(second))
	}
}
