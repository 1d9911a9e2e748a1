package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"
)

// queryCases are queries in Cayley's languages whose answers must not
// depend on the backend. Each shape of step is here once: several
// predicates at once (as the neighbourhood recipe), both directions twice
// (which crashed a PostgreSQL process inside Cayley's SQL iterators),
// intersections, exclusions, tags and Back, Has, counts and limits.
var queryCases = []struct {
	name, lang, text string
}{
	{"out several predicates", "gizmo", `g.V("<ng:person/claudia-sheinbaum>").Tag("s").Out(["<ng:holds>", "<ng:saidBy>", "<schema:name>", "<ng:cooperatesWith>"]).Tag("t").All()`},
	{"in several predicates", "gizmo", `g.V("<ng:government/united-states>").Tag("t").In(["<ng:about>", "<ng:of>", "<ng:party>", "<ng:negotiatesWith>", "<ng:cooperatesWith>"]).Tag("s").All()`},
	{"both twice", "gizmo", `g.V("<ng:person/marco-rubio>").Both().Both().All()`},
	{"in then out", "gizmo", `g.V("<ng:person/claudia-sheinbaum>").In("<ng:saidBy>").Out("<ng:about>").All()`},
	{"has and out", "gizmo", `g.V().Has("<rdf:type>", "<schema:Person>").Out("<schema:name>").All()`},
	{"intersect", "gizmo", `g.V("<ng:government/mexico>").In("<ng:party>").Intersect(g.V("<ng:government/united-states>").In("<ng:party>")).All()`},
	{"except", "gizmo", `g.V().Has("<rdf:type>", "<schema:GovernmentOrganization>").Except(g.V("<ng:government/mexico>")).All()`},
	{"tag and back", "gizmo", `g.V().Has("<rdf:type>", "<schema:Person>").Tag("p").Out("<ng:holds>").Out("<ng:of>").Is("<ng:government/united-states>").Back("p").All()`},
	{"count", "gizmo", `g.Emit(g.V().Has("<rdf:type>", "<schema:Person>").Count())`},
	{"limit and skip", "gizmo", `g.Emit(g.V("<ng:government/mexico>").Both().Skip(1).Limit(2).Count())`},
	{"follow a morphism", "gizmo", `var m = g.M().In("<ng:saidBy>").Out("<ng:about>"); g.V("<ng:person/claudia-sheinbaum>").Follow(m).All()`},
	{"graphql", "graphql", `{ nodes(id: "<ng:person/marco-rubio>") { id holds: <ng:holds> { of: <ng:of> { id } } } }`},
	{"mql", "mql", `[{"id": null, "<rdf:type>": "<schema:Person>", "<schema:name>": null}]`},
}

// testQueriesMatchMemory runs queryCases on the backend and on a memstore
// holding the same articles: the answers must be the same. The server and
// the CLI run their queries through the same ViewQuery.
func testQueriesMatchMemory(t *testing.T, b backend) {
	ctx := context.Background()
	s := openStore(t, b.fresh(t))
	ref := openStore(t, BackendMemory)
	for _, st := range []*Store{s, ref} {
		replace(t, st, articleA, extractionA)
		replace(t, st, articleB, extractionB)
	}
	for _, tc := range queryCases {
		t.Run(tc.name, func(t *testing.T) {
			want, err := ref.Query(ctx, tc.lang, tc.text, QueryOptions{})
			if err != nil {
				t.Fatalf("memstore: %v", err)
			}
			got, err := s.Query(ctx, tc.lang, tc.text, QueryOptions{})
			if err != nil {
				t.Fatalf("%s: %v", b.name, err)
			}
			if len(want) == 0 {
				t.Fatalf("memstore answers nothing: the case tests nothing")
			}
			if diff := cmp.Diff(canonical(t, want), canonical(t, got)); diff != "" {
				t.Errorf("%s answers differently from memstore (-memstore +%s):\n%s", b.name, b.name, diff)
			}
		})
	}
}

// canonical sorts results by their JSON, for an order-free comparison
// (Cayley's iterators give no order).
func canonical(t *testing.T, rs []any) []string {
	t.Helper()
	out := make([]string, 0, len(rs))
	for _, r := range rs {
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	sort.Strings(out)
	return out
}

// testQueriesPageThroughHubs checks that a hub's ranges, read in pages on
// PostgreSQL, give every quad once: 300 quads point at one node and 300
// leave it, over several pages of growing size.
func testQueriesPageThroughHubs(t *testing.T, b backend) {
	ctx := context.Background()
	s := openStore(t, b.fresh(t))
	ref := openStore(t, BackendMemory)
	hub, label := quad.IRI("ng:hub"), quad.IRI("ng:article/hub")
	var qs []quad.Quad
	for i := range 300 {
		qs = append(qs,
			quad.Make(quad.IRI(fmt.Sprintf("ng:in/%d", i)), quad.IRI(fmt.Sprintf("ng:p%d", i%3)), hub, label),
			quad.Make(hub, quad.IRI("ng:out"), quad.IRI(fmt.Sprintf("ng:out/%d", i)), label))
	}
	for _, st := range []*Store{s, ref} {
		if _, err := st.ReplaceArticle(ctx, label, qs); err != nil {
			t.Fatal(err)
		}
	}
	for _, text := range []string{
		`g.V("<ng:hub>").In().All()`,
		`g.V("<ng:hub>").Out().All()`,
		`g.V("<ng:hub>").In(["<ng:p0>", "<ng:p2>"]).All()`,
		`g.Emit(g.V("<ng:hub>").Both().Count())`,
		`g.V("<ng:hub>").In("<ng:p1>").Limit(70).All()`,
	} {
		want, err := ref.Query(ctx, "gizmo", text, QueryOptions{})
		if err != nil {
			t.Fatalf("memstore %s: %v", text, err)
		}
		got, err := s.Query(ctx, "gizmo", text, QueryOptions{})
		if err != nil {
			t.Fatalf("%s %s: %v", b.name, text, err)
		}
		if len(want) < 70 && !strings.Contains(text, "Count") {
			t.Fatalf("%s: memstore answers %d results, too few to page", text, len(want))
		}
		if !strings.Contains(text, "Limit") {
			if diff := cmp.Diff(canonical(t, want), canonical(t, got)); diff != "" {
				t.Errorf("%s: %s answers differently from memstore (-memstore +%s):\n%s", text, b.name, b.name, diff)
			}
		} else if len(got) != len(want) {
			t.Errorf("%s: %s gives %d results, memstore %d", text, b.name, len(got), len(want))
		}
	}
}
