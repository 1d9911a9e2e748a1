package graph

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"unsafe"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/schema"
)

func TestResolverResolve(t *testing.T) {
	person := func(name string, aliases ...string) schema.Entity {
		return schema.Entity{Name: name, Type: schema.Person, Aliases: aliases}
	}
	tests := []struct {
		name  string
		known []string
		in    schema.Extraction
		want  schema.Extraction
	}{
		{
			name:  "surname resolves to the one known full name",
			known: []string{"Claudia Sheinbaum", "Marco Rubio"},
			in: schema.Extraction{
				Entities:   []schema.Entity{person("Sheinbaum"), {Name: "Mexico", Type: schema.Government}},
				Roles:      []schema.Role{{Person: "Sheinbaum", Title: "president", Org: "Mexico"}},
				Statements: []schema.Statement{{Speaker: "Sheinbaum", Quote: "q"}},
			},
			want: schema.Extraction{
				Entities:   []schema.Entity{person("Claudia Sheinbaum", "Sheinbaum"), {Name: "Mexico", Type: schema.Government}},
				Roles:      []schema.Role{{Person: "Sheinbaum", Title: "president", Org: "Mexico"}},
				Statements: []schema.Statement{{Speaker: "Sheinbaum", Quote: "q"}},
			},
		},
		{
			name:  "ambiguous surname is left alone",
			known: []string{"Donald Trump", "Melania Trump"},
			in:    schema.Extraction{Entities: []schema.Entity{person("Trump")}},
			want:  schema.Extraction{Entities: []schema.Entity{person("Trump")}},
		},
		{
			name:  "folding ignores case and accents",
			known: []string{"Cecilia Farfán-Méndez"},
			in:    schema.Extraction{Entities: []schema.Entity{person("farfan-mendez")}},
			want:  schema.Extraction{Entities: []schema.Entity{person("Cecilia Farfán-Méndez", "farfan-mendez")}},
		},
		{
			name:  "two trailing words fit a longer name",
			known: []string{"Andrés Manuel López Obrador"},
			in:    schema.Extraction{Entities: []schema.Entity{person("López Obrador", "AMLO")}},
			want:  schema.Extraction{Entities: []schema.Entity{person("Andrés Manuel López Obrador", "López Obrador", "AMLO")}},
		},
		{
			name: "a full name in the same article is used and the two entities merge",
			in: schema.Extraction{Entities: []schema.Entity{
				person("Marco Rubio", "Rubio"), person("Rubio", "Mr Rubio"),
			}},
			want: schema.Extraction{Entities: []schema.Entity{person("Marco Rubio", "Rubio", "Mr Rubio")}},
		},
		{
			name:  "a speaker with no entity is rewritten",
			known: []string{"Jack Riley"},
			in:    schema.Extraction{Statements: []schema.Statement{{Speaker: "Riley", Quote: "the next logical step"}}},
			want:  schema.Extraction{Statements: []schema.Statement{{Speaker: "Jack Riley", Quote: "the next logical step"}}},
		},
		{
			name:  "only people are resolved",
			known: []string{"Ciudad Juárez"},
			in:    schema.Extraction{Entities: []schema.Entity{{Name: "Juárez", Type: schema.Organization}}},
			want:  schema.Extraction{Entities: []schema.Entity{{Name: "Juárez", Type: schema.Organization}}},
		},
		{
			name:  "a word inside a name does not fit",
			known: []string{"Claudia Sheinbaum"},
			in:    schema.Extraction{Entities: []schema.Entity{person("Claudia")}},
			want:  schema.Extraction{Entities: []schema.Entity{person("Claudia")}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := tc.in
			got, changed, err := NewResolver(tc.known).Resolve(context.Background(), in)
			if err != nil {
				t.Fatal(err)
			}
			if wantChanged := !cmp.Equal(tc.in, tc.want); changed != wantChanged {
				t.Errorf("Resolve changed = %v, want %v", changed, wantChanged)
			}
			norm := func(x schema.Extraction) schema.Extraction {
				for i := range x.Entities {
					if len(x.Entities[i].Aliases) == 0 {
						x.Entities[i].Aliases = nil
					}
				}
				return x
			}
			if diff := cmp.Diff(norm(tc.want), norm(got)); diff != "" {
				t.Errorf("Resolve (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.in, in); diff != "" {
				t.Errorf("Resolve modified its input (-before +after):\n%s", diff)
			}
		})
	}
}

// TestResolverAcrossArticles loads an article naming Claudia Sheinbaum in
// full, then one naming only "Sheinbaum": after resolution both articles'
// facts hang off one person node.
func TestResolverAcrossArticles(t *testing.T) {
	ctx := context.Background()
	for _, b := range backends()[:2] { // memory and bolt
		t.Run(b.name, func(t *testing.T) {
			s := openStore(t, b.fresh(t))
			replace(t, s, articleA, extractionA)

			later := schema.Article{ID: "c-sheinbaum.txt", Title: "Sheinbaum again", Text: "Sheinbaum again\n..."}
			x := schema.Extraction{
				Entities:   []schema.Entity{{Name: "Sheinbaum", Type: schema.Person}},
				Statements: []schema.Statement{{Speaker: "Sheinbaum", Quote: "It's off the table, absolutely off the table."}},
			}
			r, err := s.NewResolver(ctx)
			if err != nil {
				t.Fatalf("NewResolver: %v", err)
			}
			resolved, changed, err := r.Resolve(ctx, x)
			if err != nil {
				t.Fatalf("Resolve: %v", err)
			}
			if !changed {
				t.Errorf("Resolve(%+v): changed = false, want true", x)
			}
			replace(t, s, later, resolved)

			names, err := s.PersonNames(ctx)
			if err != nil {
				t.Fatalf("PersonNames: %v", err)
			}
			if diff := cmp.Diff([]string{"Claudia Sheinbaum"}, names); diff != "" {
				t.Errorf("PersonNames (-want +got):\n%s", diff)
			}
			full := schema.EntityIRI(schema.Person, "Claudia Sheinbaum")
			got := values(t, s, func(qs graph.QuadStore) *path.Path {
				return path.StartPath(qs, full).In(schema.PredSaidBy).Out(schema.PredText)
			})
			want := []string{`"It's off the table, absolutely off the table."`,
				`"The United States is not going to come to Mexico with their military"`}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("statements said by %s (-want +got):\n%s", full, diff)
			}
			if got := values(t, s, func(qs graph.QuadStore) *path.Path {
				return path.StartPath(qs, schema.EntityIRI(schema.Person, "Sheinbaum")).Both()
			}); len(got) != 0 {
				t.Errorf("surname-only node <ng:person/sheinbaum> has neighbours %v, want none", got)
			}
		})
	}
}

// TestStoreResolverAsksByLastWord checks the store's resolver, which asks
// the store for the people ending with a name's last word instead of
// reading every person first: it finds people through long words (cut
// name keys), hyphenated surnames and accents, ignores non-people and
// aliases, and resolves exactly as a resolver given every person's name.
func TestStoreResolverAsksByLastWord(t *testing.T) {
	ctx := context.Background()
	person := func(name string, aliases ...string) schema.Entity {
		return schema.Entity{Name: name, Type: schema.Person, Aliases: aliases}
	}
	known := schema.Extraction{Entities: []schema.Entity{
		person("Claudia Sheinbaum"),
		person("Bartholomew Featherstonehaugh"),
		person("Juan Featherstonehaughson"),
		person("Ana María García-Luna"),
		person("Pedro Luna"),
		person("Rosa Ortega", "Ortega Vidal"),
		{Name: "Los Featherstonehaugh", Type: schema.Cartel},
		{Name: "Vidal Institute", Type: schema.Agency},
	}}
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			s := openStore(t, b.fresh(t))
			replace(t, s, schema.Article{ID: "known.txt", Title: "Known", Text: "Known"}, known)

			for _, tc := range []struct{ word, want string }{
				{"sheinbaum", "Claudia Sheinbaum"},
				{"featherstonehaugh", "Bartholomew Featherstonehaugh"},
				{"featherstonehaughson", "Juan Featherstonehaughson"},
				{"luna", "Ana María García-Luna|Pedro Luna"},
				{"garcia", ""},
				{"vidal", ""},
				{"nobody", ""},
			} {
				got, err := s.PeopleWithLastWord(ctx, tc.word)
				if err != nil {
					t.Fatalf("PeopleWithLastWord(%q): %v", tc.word, err)
				}
				if j := strings.Join(got, "|"); j != tc.want {
					t.Errorf("PeopleWithLastWord(%q) = %q, want %q", tc.word, j, tc.want)
				}
			}
			if b.name == "postgres" {
				// the keys, then both people's names in one lookup: two
				// statements each (the quads, then their values)
				before := s.SQLReads()
				if _, err := s.PeopleWithLastWord(ctx, "luna"); err != nil {
					t.Fatal(err)
				}
				if n := s.SQLReads() - before; n != 4 {
					t.Errorf("PeopleWithLastWord(\"luna\") sent %d SQL statements, want 4", n)
				}
			}

			all, err := s.PersonNames(ctx)
			if err != nil {
				t.Fatal(err)
			}
			for _, name := range []string{"Sheinbaum", "Featherstonehaugh", "García-Luna", "Luna", "Garcia Luna",
				"Vidal", "Ortega", "Claudia Sheinbaum", "Nobody"} {
				x := schema.Extraction{
					Entities:   []schema.Entity{person(name)},
					Statements: []schema.Statement{{Speaker: name, Quote: "q"}},
				}
				lazy, err := s.NewResolver(ctx)
				if err != nil {
					t.Fatal(err)
				}
				got, gotChanged, err := lazy.Resolve(ctx, x)
				if err != nil {
					t.Fatalf("Resolve(%q): %v", name, err)
				}
				want, wantChanged, _ := NewResolver(all).Resolve(ctx, x)
				if diff := cmp.Diff(want, got); diff != "" || gotChanged != wantChanged {
					t.Errorf("Resolve(%q), changed %v, want %v (-every person +asked by word):\n%s", name, gotChanged, wantChanged, diff)
				}
			}
		})
	}
}

// BenchmarkResolverResolve resolves one article's names against 1k and
// 100k known people: the cost should not grow with the number known.
func BenchmarkResolverResolve(b *testing.B) {
	x := schema.Extraction{
		Entities: []schema.Entity{
			{Name: "Claudia Sheinbaum", Type: schema.Person},
			{Name: "Rubio", Type: schema.Person},
			{Name: "Harfuch", Type: schema.Person},
		},
		Statements: []schema.Statement{{Speaker: "Sheinbaum", Quote: "q"}, {Speaker: "Rubio", Quote: "r"}},
	}
	for _, n := range []int{1000, 100000} {
		names := []string{"Marco Rubio", "Omar García Harfuch"}
		for i := 0; i < n; i++ {
			names = append(names, fmt.Sprintf("Given%d Surname%d", i, i))
		}
		r := NewResolver(names)
		b.Run(fmt.Sprintf("known=%d", n), func(b *testing.B) {
			for b.Loop() {
				r.Resolve(context.Background(), x)
			}
		})
	}
}

// BenchmarkPersonNames reads every person's name from the store at
// NEWSGRAPH_BENCH_DB (a bolt file, opened read-only), what a load does
// before its first article; it skips without one.
//
//	NEWSGRAPH_BENCH_DB=/tmp/b100k/bench.db go test ./graph -run '^$' -bench PersonNames -benchmem
func BenchmarkPersonNames(b *testing.B) {
	spec := os.Getenv("NEWSGRAPH_BENCH_DB")
	if spec == "" {
		b.Skip("NEWSGRAPH_BENCH_DB not set")
	}
	s, err := OpenReadOnly(spec)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	var n int
	for b.Loop() {
		names, err := s.PersonNames(context.Background())
		if err != nil {
			b.Fatal(err)
		}
		n = len(names)
	}
	b.ReportMetric(float64(n), "people")
}

// TestResolverKeepsNoArticleText checks that a learned name is a copy, not
// a slice of the article's text: a load learns a name from most articles,
// and a slice would keep every such article's text in memory to the end.
func TestResolverKeepsNoArticleText(t *testing.T) {
	text := strings.Repeat("filler ", 10000) + "Ana María Ruiz said. " + strings.Repeat("filler ", 10000)
	i := strings.Index(text, "Ana")
	name := text[i : i+len("Ana María Ruiz")]
	r := NewResolver(nil)
	r.Learn(schema.Extraction{Entities: []schema.Entity{{Name: name, Type: schema.Person}}})

	lo := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	hi := lo + uintptr(len(text))
	inText := func(s string) bool {
		p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		return len(s) > 0 && p >= lo && p < hi
	}
	n := 0
	for suffix, names := range r.bySuffix {
		if inText(suffix) {
			t.Errorf("suffix key %q points into the article's text", suffix)
		}
		for k, v := range names {
			n++
			if inText(k) || inText(v) {
				t.Errorf("name %q (%q) points into the article's text", v, k)
			}
		}
	}
	if n != 2 { // "maría ruiz" and "ruiz"
		t.Fatalf("learned %d suffix entries, want 2", n)
	}
}
