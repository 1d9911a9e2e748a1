package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/cayleygraph/cayley/graph"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/graph/pgtest"
	"github.com/newsgraph/newsgraph/schema"
)

// The store conformance suite: every test in storeTests runs against every
// backend in backends — memstore, a bolt file in a temp dir, and a fresh
// PostgreSQL database per test when NEWSGRAPH_TEST_POSTGRES names a server.

// backend makes fresh, empty stores of one kind.
type backend struct {
	name       string
	persistent bool // Reopening the spec finds what was written.
	// fresh returns the spec of a new empty store, removed when t ends.
	fresh func(tb testing.TB) string
}

func backends() []backend {
	return []backend{
		{name: "memory", fresh: func(testing.TB) string { return BackendMemory }},
		{name: "bolt", persistent: true, fresh: func(tb testing.TB) string {
			return filepath.Join(tb.TempDir(), "newsgraph.db")
		}},
		{name: "postgres", persistent: true, fresh: freshPostgres},
	}
}

// freshPostgres is pgtest.Fresh: a new database on the test server.
func freshPostgres(t testing.TB) string { return pgtest.Fresh(t) }

// openStore opens spec and closes it when the test ends (before a fresh
// PostgreSQL database is dropped, since cleanups run last first).
func openStore(t *testing.T, spec string) *Store {
	t.Helper()
	s, err := Open(spec)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

var storeTests = []struct {
	name       string
	persistent bool // Needs a backend that keeps data across Open.
	run        func(t *testing.T, b backend)
}{
	{"ReplaceIsADiff", false, testReplaceIsADiff},
	{"ReloadChangesNothing", false, testReloadChangesNothing},
	{"DeleteLeavesNoDanglingNode", false, testDeleteLeavesNoDanglingNode},
	{"SharedNodesSurviveDelete", false, testSharedNodesSurviveDelete},
	{"FailedWriteLeavesNothing", false, testFailedWriteLeavesNothing},
	{"ReopenPersists", true, testReopenPersists},
	{"ArticleCountFollowsWrites", false, testArticleCountFollowsWrites},
	{"ConcurrentReadersOneWriter", false, testConcurrentReadersOneWriter},
	{"BatchIsSequential", false, testBatchIsSequential},
	{"BatchFailsOneArticleAlone", false, testBatchFailsOneArticleAlone},
	{"NewestIsTheIndexTail", false, testNewestIsTheIndexTail},
	{"ReaderMatchesCayley", false, testReaderMatchesCayley},
	{"QueriesMatchMemory", false, testQueriesMatchMemory},
	{"QueriesPageThroughHubs", false, testQueriesPageThroughHubs},
}

func TestStore(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			for _, tc := range storeTests {
				t.Run(tc.name, func(t *testing.T) {
					if tc.persistent && !b.persistent {
						t.Skipf("%s does not persist", b.name)
					}
					tc.run(t, b)
				})
			}
		})
	}
}

// Two articles that share Claudia Sheinbaum, Mexico and the United States.
var (
	articleA = schema.Article{ID: "a-sheinbaum.txt", Title: "Sheinbaum rules out US troops", Source: "a-sheinbaum.txt",
		Text: "Sheinbaum rules out US troops\n..."}
	extractionA = schema.Extraction{
		Entities: []schema.Entity{
			{Name: "Claudia Sheinbaum", Type: schema.Person, Aliases: []string{"Sheinbaum"}},
			{Name: "Mexico", Type: schema.Government},
			{Name: "United States", Type: schema.Government, Aliases: []string{"US", "Washington"}},
			{Name: "Mérida Initiative", Type: schema.Agreement},
		},
		Roles: []schema.Role{{Person: "Claudia Sheinbaum", Title: "president", Org: "Mexico"}},
		Statements: []schema.Statement{{Speaker: "Sheinbaum",
			Quote: "The United States is not going to come to Mexico with their military", About: []string{"United States"}}},
		Agreements: []schema.AgreementFact{{Name: "Mérida Initiative", Parties: []string{"Mexico", "United States"}}},
		Relations:  []schema.Relation{{Subject: "Mexico", Predicate: "cooperatesWith", Object: "United States"}},
	}
	// extractionA2 is a re-extraction of A that found one more statement and lost the relation.
	extractionA2 = func() schema.Extraction {
		x := extractionA
		x.Statements = append(append([]schema.Statement(nil), x.Statements...),
			schema.Statement{Speaker: "Claudia Sheinbaum", Quote: "We cooperate, we collaborate, but there will be no invasion."})
		x.Relations = nil
		return x
	}()
	articleB = schema.Article{ID: "b-rubio.txt", Title: "Rubio on cartels", Source: "b-rubio.txt",
		Text: "Rubio on cartels\n..."}
	extractionB = schema.Extraction{
		Entities: []schema.Entity{
			{Name: "Marco Rubio", Type: schema.Person, Aliases: []string{"Rubio"}},
			{Name: "Claudia Sheinbaum", Type: schema.Person},
			{Name: "United States", Type: schema.Government},
			{Name: "Mexico", Type: schema.Government},
		},
		Roles: []schema.Role{{Person: "Marco Rubio", Title: "secretary of state", Org: "United States"}},
		Statements: []schema.Statement{{Speaker: "Rubio",
			Quote: "We have to start treating them as armed terrorist organisations"}},
		Relations: []schema.Relation{{Subject: "United States", Predicate: "negotiatesWith", Object: "Mexico"}},
	}
)

func quadsOf(a schema.Article, x schema.Extraction) (quad.IRI, []quad.Quad) {
	return schema.ArticleIRI(a.ID), schema.Quads(a, x)
}

func replace(t *testing.T, s *Store, a schema.Article, x schema.Extraction) Change {
	t.Helper()
	label, qs := quadsOf(a, x)
	ch, err := s.ReplaceArticle(context.Background(), label, qs)
	if err != nil {
		t.Fatalf("ReplaceArticle(%s): %v", label, err)
	}
	return ch
}

func stats(t *testing.T, s *Store) Stats {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	st.Backend = ""
	return st
}

// values runs a path built on the store and returns its results as sorted
// N-Quad strings.
func values(t *testing.T, s *Store, build func(qs graph.QuadStore) *path.Path) []string {
	t.Helper()
	var out []string
	err := s.View(func(qs graph.QuadStore) error {
		return build(qs).Iterate(context.Background()).EachValue(qs, func(v quad.Value) error {
			out = append(out, quad.StringOf(v))
			return nil
		})
	})
	if err != nil {
		t.Fatalf("path: %v", err)
	}
	sort.Strings(out)
	return out
}

// sameStore checks s holds what ref holds: the same counts and nodes.
func sameStore(t *testing.T, s, ref *Store, what string) {
	t.Helper()
	if got, want := stats(t, s), stats(t, ref); got != want {
		t.Errorf("Stats = %+v, want %+v (%s)", got, want, what)
	}
	if diff := cmp.Diff(allNodes(t, ref), allNodes(t, s)); diff != "" {
		t.Errorf("nodes differ (%s) (-want +got):\n%s", what, diff)
	}
}

// allNodes lists every node of the store (g.V()).
func allNodes(t *testing.T, s *Store) []string {
	t.Helper()
	return values(t, s, func(qs graph.QuadStore) *path.Path { return path.StartPath(qs) })
}

func testQuads(label quad.IRI, objects ...string) []quad.Quad {
	var qs []quad.Quad
	for _, o := range objects {
		qs = append(qs, quad.Make(quad.IRI("ng:s"), quad.IRI("ng:p"), quad.String(o), label))
	}
	qs = append(qs, quad.Make(label, schema.PredType, schema.ClassArticle, label))
	return qs
}

func testReplaceIsADiff(t *testing.T, b backend) {
	s := openStore(t, b.fresh(t))
	a, c := schema.ArticleIRI("a"), schema.ArticleIRI("c")
	steps := []struct {
		label quad.IRI
		quads []quad.Quad
		want  Change
		after Stats
	}{
		// Stored (layout.go): a's type, one fact per object and a's
		// assertion of it, and the article count; nodes: a, rdf:type,
		// NewsArticle, ng:asserts, ng:s, ng:p, per object its literal and
		// its fact's key, and ng:store, ng:articleCount and the count.
		{a, testQuads(a, "x", "y"), Change{Added: 3, Total: 3}, Stats{Quads: 6, Nodes: 13, Articles: 1}},
		{a, testQuads(a, "x", "y"), Change{Total: 3}, Stats{Quads: 6, Nodes: 13, Articles: 1}},
		{a, testQuads(a, "x", "z"), Change{Added: 1, Removed: 1, Total: 3}, Stats{Quads: 6, Nodes: 13, Articles: 1}},
		// c asserts the fact x, already stored.
		{c, testQuads(c, "x"), Change{Added: 2, Total: 2}, Stats{Quads: 8, Nodes: 14, Articles: 2}},
		// z goes with a; x stays, asserted by c.
		{a, nil, Change{Removed: 3}, Stats{Quads: 4, Nodes: 11, Articles: 1}},
		{c, nil, Change{Removed: 2}, Stats{}},
	}
	for i, st := range steps {
		if st.after.Articles > 0 && b.name == "postgres" {
			// PostgreSQL keeps no article count quad (see recount).
			st.after.Quads, st.after.Nodes = st.after.Quads-1, st.after.Nodes-3
		}
		got, err := s.ReplaceArticle(context.Background(), st.label, st.quads)
		if err != nil {
			t.Fatalf("step %d: ReplaceArticle(%s): %v", i, st.label, err)
		}
		if got != st.want {
			t.Errorf("step %d: ReplaceArticle(%s) = %+v, want %+v", i, st.label, got, st.want)
		}
		if got := stats(t, s); got != st.after {
			t.Errorf("step %d: Stats = %+v, want %+v", i, got, st.after)
		}
	}
}

func testReloadChangesNothing(t *testing.T, b backend) {
	s := openStore(t, b.fresh(t))
	replace(t, s, articleA, extractionA)
	replace(t, s, articleB, extractionB)
	want := stats(t, s)
	wantNodes := allNodes(t, s)
	for i := 0; i < 3; i++ {
		ch := replace(t, s, articleA, extractionA)
		if ch.Added != 0 || ch.Removed != 0 {
			t.Errorf("reload %d: ReplaceArticle = %+v, want no additions or removals", i, ch)
		}
		if got := stats(t, s); got != want {
			t.Errorf("reload %d: Stats = %+v, want %+v (node refcounts must not grow)", i, got, want)
		}
	}
	// A changed extraction and back again: the store returns to where it was.
	replace(t, s, articleA, extractionA2)
	replace(t, s, articleA, extractionA)
	if got := stats(t, s); got != want {
		t.Errorf("after A→A2→A: Stats = %+v, want %+v", got, want)
	}
	if diff := cmp.Diff(wantNodes, allNodes(t, s)); diff != "" {
		t.Errorf("after A→A2→A: nodes differ (-want +got):\n%s", diff)
	}
}

func testDeleteLeavesNoDanglingNode(t *testing.T, b backend) {
	s := openStore(t, b.fresh(t))
	ch := replace(t, s, articleA, extractionA)
	n, err := s.DeleteArticle(context.Background(), schema.ArticleIRI(articleA.ID))
	if err != nil {
		t.Fatalf("DeleteArticle: %v", err)
	}
	if n != ch.Total {
		t.Errorf("DeleteArticle removed %d quads, want %d", n, ch.Total)
	}
	if got := stats(t, s); got != (Stats{}) {
		t.Errorf("after delete Stats = %+v, want all zero", got)
	}
	if nodes := allNodes(t, s); len(nodes) != 0 {
		t.Errorf("after delete g.V() = %v, want no nodes", nodes)
	}
	res, err := s.Query(context.Background(), "gizmo", `g.V().All()`, QueryOptions{})
	if err != nil {
		t.Fatalf("Query: %v", err)
	}
	if len(res) != 0 {
		t.Errorf("after delete gizmo g.V().All() = %v, want nothing", res)
	}
	// Deleting what is not there is not an error and removes nothing.
	if n, err := s.DeleteArticle(context.Background(), schema.ArticleIRI(articleA.ID)); err != nil || n != 0 {
		t.Errorf("second DeleteArticle = %d, %v; want 0, nil", n, err)
	}
}

func testSharedNodesSurviveDelete(t *testing.T, b backend) {
	s := openStore(t, b.fresh(t))
	replace(t, s, articleA, extractionA)
	replace(t, s, articleB, extractionB)
	if _, err := s.DeleteArticle(context.Background(), schema.ArticleIRI(articleA.ID)); err != nil {
		t.Fatalf("DeleteArticle(A): %v", err)
	}
	// The store must now be exactly what loading B alone gives.
	ref := openStore(t, b.fresh(t))
	replace(t, ref, articleB, extractionB)
	sameStore(t, s, ref, "after deleting A, as if only B was loaded")
	sheinbaum := schema.EntityIRI(schema.Person, "Claudia Sheinbaum")
	tests := []struct {
		name string
		path func(qs graph.QuadStore) *path.Path
		want []string
	}{
		{"shared person keeps her name", func(qs graph.QuadStore) *path.Path {
			return path.StartPath(qs, sheinbaum).Out(schema.PredName)
		}, []string{`"Claudia Sheinbaum"`}},
		{"shared person is mentioned only by B", func(qs graph.QuadStore) *path.Path {
			return path.StartPath(qs, sheinbaum).In(schema.PredMentions)
		}, []string{quad.StringOf(schema.ArticleIRI(articleB.ID))}},
		{"A's statements are gone", func(qs graph.QuadStore) *path.Path {
			return path.StartPath(qs, sheinbaum).In(schema.PredSaidBy)
		}, nil},
		{"A's agreement is gone", func(qs graph.QuadStore) *path.Path {
			return path.StartPath(qs, schema.EntityIRI(schema.Agreement, "Mérida Initiative")).Both()
		}, nil},
		{"no quad is labelled A", func(qs graph.QuadStore) *path.Path {
			return path.StartPath(qs).LabelContext(schema.ArticleIRI(articleA.ID)).Out()
		}, nil},
		{"B's role survives", func(qs graph.QuadStore) *path.Path {
			return path.StartPath(qs, schema.EntityIRI(schema.Person, "Marco Rubio")).Out(schema.PredHolds).Out(schema.PredOf)
		}, []string{quad.StringOf(schema.EntityIRI(schema.Government, "United States"))}},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, values(t, s, tc.path)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

func testFailedWriteLeavesNothing(t *testing.T, b backend) {
	ctx := context.Background()
	s := openStore(t, b.fresh(t))
	replace(t, s, articleA, extractionA)
	want := stats(t, s)
	wantNodes := allNodes(t, s)
	labelB, quadsB := quadsOf(articleB, extractionB)
	foreign := append(append([]quad.Quad(nil), quadsB...), quad.Make(quad.IRI("ng:x"), quad.IRI("ng:y"), quad.String("z"), schema.ArticleIRI("other")))
	invalid := append(append([]quad.Quad(nil), quadsB...), quad.Quad{Label: labelB})

	tests := []struct {
		name  string
		write func() error
	}{
		{"ReplaceArticle with a quad of another article", func() error {
			_, err := s.ReplaceArticle(ctx, labelB, foreign)
			return err
		}},
		{"ReplaceArticle with an invalid quad", func() error {
			_, err := s.ReplaceArticle(ctx, labelB, invalid)
			return err
		}},
		{"ReplaceArticle with a cancelled context", func() error {
			cctx, cancel := context.WithCancel(ctx)
			cancel()
			_, err := s.ReplaceArticle(cctx, schema.ArticleIRI(articleA.ID), quadsB)
			return err
		}},
		{"one transaction adding B and removing a missing quad", func() error {
			return s.Update(func(qs graph.QuadStore) error {
				tx := graph.NewTransaction()
				for _, q := range quadsB {
					tx.AddQuad(q)
				}
				tx.RemoveQuad(quad.Make(quad.IRI("ng:missing"), quad.IRI("ng:p"), quad.String("o"), labelB))
				return qs.ApplyDeltas(tx.Deltas, graph.IgnoreOpts{})
			})
		}},
		{"one transaction re-adding an existing quad of A", func() error {
			labelA, quadsA := quadsOf(articleA, extractionA)
			var own quad.Quad // stored as it is (layout.go)
			for _, q := range quadsA {
				if q.Subject == labelA {
					own = q
					break
				}
			}
			return s.Update(func(qs graph.QuadStore) error {
				tx := graph.NewTransaction()
				for _, q := range quadsB {
					tx.AddQuad(q)
				}
				tx.AddQuad(own)
				return qs.ApplyDeltas(tx.Deltas, graph.IgnoreOpts{})
			})
		}},
	}
	for _, tc := range tests {
		if err := tc.write(); err == nil {
			t.Errorf("%s: got nil error", tc.name)
		}
		if got := stats(t, s); got != want {
			t.Errorf("%s: Stats = %+v, want %+v (nothing written)", tc.name, got, want)
		}
		if diff := cmp.Diff(wantNodes, allNodes(t, s)); diff != "" {
			t.Errorf("%s: nodes changed (-want +got):\n%s", tc.name, diff)
		}
	}
	// The store still takes writes after the failures.
	replace(t, s, articleB, extractionB)
	if got := stats(t, s); got.Articles != 2 {
		t.Errorf("after the failures, loading B: Stats = %+v, want 2 articles", got)
	}
}

// testBatchIsSequential checks one WriteArticles call ends where the same
// articles written one by one end, also when an article comes twice.
func testBatchIsSequential(t *testing.T, b backend) {
	ctx := context.Background()
	labelA, quadsA := quadsOf(articleA, extractionA)
	_, quadsA2 := quadsOf(articleA, extractionA2)
	labelB, quadsB := quadsOf(articleB, extractionB)
	ref := openStore(t, b.fresh(t))
	replace(t, ref, articleA, extractionA)
	replace(t, ref, articleB, extractionB)
	replace(t, ref, articleA, extractionA2)

	s := openStore(t, b.fresh(t))
	res := s.WriteArticles(ctx, []ArticleWrite{{labelA, quadsA}, {labelB, quadsB}, {labelA, quadsA2}})
	want := []Change{{Added: len(quadsA), Total: len(quadsA)}, {Added: len(quadsB), Total: len(quadsB)}}
	for i, r := range res {
		if r.Err != nil {
			t.Fatalf("article %d: %v", i, r.Err)
		}
		if i < len(want) && r.Change != want[i] {
			t.Errorf("article %d: %+v, want %+v", i, r.Change, want[i])
		}
	}
	sameStore(t, s, ref, "as written one by one")
}

// testBatchFailsOneArticleAlone checks an article that cannot be written
// (here: it reads a fact someone wrote by hand, unasserted, so adding the
// fact collides) fails alone and the rest of its batch is written.
func testBatchFailsOneArticleAlone(t *testing.T, b backend) {
	ctx := context.Background()
	s := openStore(t, b.fresh(t))
	err := s.Update(func(qs graph.QuadStore) error {
		tx := graph.NewTransaction()
		tx.AddQuad(quad.Make(quad.IRI("ng:s"), quad.IRI("ng:p"), quad.String("x"), nil))
		return qs.ApplyDeltas(tx.Deltas, graph.IgnoreOpts{})
	})
	if err != nil {
		t.Fatal(err)
	}
	a, bad, c := schema.ArticleIRI("a"), schema.ArticleIRI("bad"), schema.ArticleIRI("c")
	res := s.WriteArticles(ctx, []ArticleWrite{{a, testQuads(a, "y")}, {bad, testQuads(bad, "x")}, {c, testQuads(c, "z")}})
	for i, wantErr := range []bool{false, true, false} {
		if (res[i].Err != nil) != wantErr {
			t.Errorf("article %d: error %v, want error: %v", i, res[i].Err, wantErr)
		}
	}
	if got := stats(t, s); got.Articles != 2 {
		t.Errorf("Stats = %+v, want the 2 good articles", got)
	}
	if got := values(t, s, func(qs graph.QuadStore) *path.Path {
		return path.StartPath(qs).LabelContext(bad).Out()
	}); len(got) != 0 {
		t.Errorf("the failed article left %v", got)
	}
}

func testReopenPersists(t *testing.T, b backend) {
	spec := b.fresh(t)
	s, err := Open(spec)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	replace(t, s, articleA, extractionA)
	replace(t, s, articleB, extractionB)
	want := stats(t, s)
	wantNodes := allNodes(t, s)
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	s = openStore(t, spec)
	if got := stats(t, s); got != want {
		t.Errorf("after reopen Stats = %+v, want %+v", got, want)
	}
	if diff := cmp.Diff(wantNodes, allNodes(t, s)); diff != "" {
		t.Errorf("after reopen nodes differ (-want +got):\n%s", diff)
	}
	// Reloading into the reopened store is still a no-op.
	if ch := replace(t, s, articleA, extractionA); ch.Added != 0 || ch.Removed != 0 {
		t.Errorf("reload after reopen = %+v, want no change", ch)
	}
	if got := stats(t, s); got != want {
		t.Errorf("reload after reopen: Stats = %+v, want %+v", got, want)
	}
}

// testArticleCountFollowsWrites adds and deletes articles one write at a
// time, so that the count is rewritten many times (on bolt Cayley's index
// keeps every old count quad, deleted), and checks the count Summary reads
// after each write, against a count of the articles themselves, and after
// reopening.
func testArticleCountFollowsWrites(t *testing.T, b backend) {
	ctx := context.Background()
	spec := b.fresh(t)
	s, err := Open(spec)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	check := func(when string, want int64) {
		t.Helper()
		sum, err := s.Summary(ctx)
		if err != nil {
			t.Fatalf("%s: Summary: %v", when, err)
		}
		var live int64
		err = s.View(func(qs graph.QuadStore) error {
			live, err = s.countLive(ctx, qs, quad.Object, schema.ClassArticle, schema.PredType)
			return err
		})
		if err != nil {
			t.Fatalf("%s: countLive: %v", when, err)
		}
		if sum.Articles != want || live != want {
			t.Errorf("%s: Summary counts %d articles, the store holds %d; want %d", when, sum.Articles, live, want)
		}
		if quads := countAllQuads(t, s); sum.Quads != quads {
			t.Errorf("%s: Summary counts %d quads, the store holds %d", when, sum.Quads, quads)
		}
	}
	var want int64
	for i := range 40 {
		a := articleA
		a.ID = fmt.Sprintf("count-%02d.txt", i)
		replace(t, s, a, extractionA)
		want++
		check(fmt.Sprintf("after adding %s", a.ID), want)
		if i%3 == 2 { // delete an earlier article
			label := schema.ArticleIRI(fmt.Sprintf("count-%02d.txt", i-2))
			if _, err := s.DeleteArticle(ctx, label); err != nil {
				t.Fatalf("DeleteArticle(%s): %v", label, err)
			}
			want--
			check(fmt.Sprintf("after deleting %s", label), want)
		}
	}
	// A write through Cayley's own writer (the UI's Write tab) is
	// counted too.
	extra := quad.Make(quad.IRI("ex:s"), quad.IRI("ex:p"), quad.String("o"), schema.ArticleIRI("count-39.txt"))
	err = s.Update(func(qs graph.QuadStore) error {
		return qs.ApplyDeltas([]graph.Delta{{Quad: extra, Action: graph.Add}}, graph.IgnoreOpts{})
	})
	if err != nil {
		t.Fatalf("Update: %v", err)
	}
	check("after a write through Cayley's writer", want)
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if b.persistent {
		s = openStore(t, spec)
		check("after reopening", want)
	}
}

// countAllQuads counts the quads s holds by reading them all.
func countAllQuads(t *testing.T, s *Store) int64 {
	t.Helper()
	var n int64
	err := s.View(func(qs graph.QuadStore) error {
		it := qs.QuadsAllIterator().Iterate()
		defer it.Close()
		for it.Next(context.Background()) {
			n++
		}
		return it.Err()
	})
	if err != nil {
		t.Fatalf("count quads: %v", err)
	}
	return n
}

// testConcurrentReadersOneWriter runs a writer replacing and deleting
// articles while readers run Gizmo queries, path iterations and Stats. It
// asserts only correctness of what is read; run it under -race to check
// the locking (bounded loops, no timing).
func testConcurrentReadersOneWriter(t *testing.T, b backend) {
	const (
		writes  = 20
		readers = 3
		reads   = 20
	)
	ctx := context.Background()
	s := openStore(t, b.fresh(t))
	replace(t, s, articleB, extractionB)
	labelA, quadsA := quadsOf(articleA, extractionA)
	_, quadsA2 := quadsOf(articleA, extractionA2)

	var wg sync.WaitGroup
	errc := make(chan error, 1+readers*reads)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < writes; i++ {
			var err error
			switch i % 3 {
			case 0:
				_, err = s.ReplaceArticle(ctx, labelA, quadsA)
			case 1:
				_, err = s.ReplaceArticle(ctx, labelA, quadsA2)
			case 2:
				_, err = s.DeleteArticle(ctx, labelA)
			}
			if err != nil {
				errc <- fmt.Errorf("write %d: %w", i, err)
				return
			}
		}
	}()
	rubio := quad.StringOf(schema.EntityIRI(schema.Person, "Marco Rubio"))
	for r := 0; r < readers; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < reads; i++ {
				if err := readOnce(ctx, s, rubio); err != nil {
					errc <- fmt.Errorf("reader %d, read %d: %w", r, i, err)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errc)
	for err := range errc {
		t.Error(err)
	}
}

// readOnce reads B's facts, which the writer never touches, three ways.
func readOnce(ctx context.Context, s *Store, rubio string) error {
	res, err := s.Query(ctx, "gizmo",
		`g.V("<ng:government/united-states>").In("<ng:of>").In("<ng:holds>").All()`, QueryOptions{Limit: 10})
	if err != nil {
		return err
	}
	if len(res) != 1 || !strings.Contains(fmt.Sprint(res[0]), "marco-rubio") {
		return fmt.Errorf("gizmo: holders of a US role = %v, want Marco Rubio", res)
	}
	var got []string
	err = s.View(func(qs graph.QuadStore) error {
		p := path.StartPath(qs, schema.EntityIRI(schema.Government, "Mexico")).In(schema.PredMentions)
		if err := p.Iterate(ctx).EachValue(qs, func(quad.Value) error { return nil }); err != nil {
			return err
		}
		return path.StartPath(qs, schema.EntityIRI(schema.Government, "United States")).In(schema.PredOf).In(schema.PredHolds).
			Iterate(ctx).EachValue(qs, func(v quad.Value) error {
			got = append(got, quad.StringOf(v))
			return nil
		})
	})
	if err != nil {
		return err
	}
	if len(got) != 1 || got[0] != rubio {
		return fmt.Errorf("path: holders of a US role = %v, want [%s]", got, rubio)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		return err
	}
	if st.Articles < 1 || st.Articles > 2 {
		return fmt.Errorf("Stats.Articles = %d, want 1 or 2", st.Articles)
	}
	return nil
}

func TestOpenRejectsBadPostgresURL(t *testing.T) {
	_, err := Open("postgres://nobody:wrong@127.0.0.1:1/none?sslmode=disable&connect_timeout=2")
	if err == nil {
		t.Fatal("Open(unreachable postgres) = nil error")
	}
	if errors.Unwrap(err) == nil {
		t.Errorf("Open(unreachable postgres) error %q does not wrap its cause", err)
	}
}

// TestBoltFailedWriteDropsCachedIDs checks a failed bolt transaction leaves no
// node IDs in Cayley's cache: without the rebuild in resetAfterFailedWrite,
// the next write reused the rolled-back IDs for other values, in about a
// third of runs (map order decides which values collide), so the check
// repeats on fresh stores.
func TestBoltFailedWriteDropsCachedIDs(t *testing.T) {
	ctx := context.Background()
	labelB, quadsB := quadsOf(articleB, extractionB)
	ref := openStore(t, BackendMemory)
	replace(t, ref, articleA, extractionA)
	replace(t, ref, articleB, extractionB)
	want := stats(t, ref)
	for i := 0; i < 12; i++ {
		s := openStore(t, filepath.Join(t.TempDir(), "g.db"))
		replace(t, s, articleA, extractionA)
		err := s.Update(func(qs graph.QuadStore) error {
			tx := graph.NewTransaction()
			for _, q := range quadsB {
				tx.AddQuad(q)
			}
			tx.RemoveQuad(quad.Make(quad.IRI("ng:missing"), quad.IRI("ng:p"), quad.String("o"), labelB))
			return qs.ApplyDeltas(tx.Deltas, graph.IgnoreOpts{})
		})
		if err == nil {
			t.Fatal("transaction removing a missing quad: got nil error")
		}
		if _, err := s.ReplaceArticle(ctx, labelB, quadsB); err != nil {
			t.Fatalf("run %d: loading B after the failure: %v", i, err)
		}
		if got := stats(t, s); got != want {
			t.Errorf("run %d: Stats = %+v, want %+v (as A and B loaded into memory)", i, got, want)
		}
		s.Close()
	}
}

// TestPostgresConcurrentLoaders checks several processes (here: stores with
// their own connections) loading articles that share entities into one
// PostgreSQL database at once lose nothing: the result is what loading the
// same articles one after another gives, quad count included.
func TestPostgresConcurrentLoaders(t *testing.T) {
	spec := freshPostgres(t)
	const loaders, perLoader = 3, 12
	article := func(i int) ArticleWrite {
		a := schema.Article{ID: fmt.Sprintf("c%02d", i), Title: fmt.Sprintf("Article %d", i)}
		x := schema.Extraction{
			Entities: []schema.Entity{
				{Name: "Mexico", Type: schema.Government},
				{Name: "United States", Type: schema.Government, Aliases: []string{"US"}},
				{Name: fmt.Sprintf("Person %d", i%5), Type: schema.Person},
			},
			Roles: []schema.Role{{Person: fmt.Sprintf("Person %d", i%5), Title: "minister", Org: "Mexico"}},
			Statements: []schema.Statement{{Speaker: fmt.Sprintf("Person %d", i%5),
				Quote: fmt.Sprintf("Quote number %d", i%7), About: []string{"United States"}}},
			Relations: []schema.Relation{{Subject: "Mexico", Predicate: "cooperatesWith", Object: "United States"}},
		}
		return ArticleWrite{Label: schema.ArticleIRI(a.ID), Quads: schema.Quads(a, x)}
	}
	ref := openStore(t, freshPostgres(t))
	for i := 0; i < loaders*perLoader; i++ {
		w := article(i)
		if _, err := ref.ReplaceArticle(context.Background(), w.Label, w.Quads); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	errs := make(chan error, loaders*perLoader)
	for l := 0; l < loaders; l++ {
		s := openStore(t, spec)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := l; i < loaders*perLoader; i += loaders * 3 {
				var batch []ArticleWrite
				for j := i; j < min(i+loaders*3, loaders*perLoader); j += loaders {
					batch = append(batch, article(j))
				}
				for _, r := range s.WriteArticles(context.Background(), batch) {
					if r.Err != nil {
						errs <- r.Err
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("concurrent load: %v", err)
	}
	s := openStore(t, spec)
	sameStore(t, s, ref, "as loaded one after another")
	pgNoDanglingQuads(t, spec)
	// The quad count each write adds to in its own transaction stays exact
	// when the writers' transactions interleave.
	got, err := s.Summary(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want, err := ref.Summary(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if got.Quads != want.Quads || got.Articles != want.Articles {
		t.Errorf("after concurrent loads Summary = %+v; loaded one after another, %+v", got, want)
	}
}

// testNewestIsTheIndexTail checks Store.Newest (which reads bolt's index
// backwards) returns what iterating every quad returns last, live quads
// only, for subjects and objects, after a delete and a rewrite.
func testNewestIsTheIndexTail(t *testing.T, b backend) {
	ctx := context.Background()
	s := openStore(t, b.fresh(t))
	replace(t, s, articleA, extractionA)
	replace(t, s, articleB, extractionB)
	replace(t, s, articleA, extractionA2)
	if _, err := s.DeleteArticle(ctx, schema.ArticleIRI(articleB.ID)); err != nil {
		t.Fatal(err)
	}
	replace(t, s, articleB, extractionB)
	us, mexico := schema.EntityIRI(schema.Government, "United States"), schema.EntityIRI(schema.Government, "Mexico")
	sheinbaum := schema.EntityIRI(schema.Person, "Claudia Sheinbaum")
	for _, tc := range []struct {
		d    quad.Direction
		v, p quad.Value
	}{
		{quad.Object, us, schema.PredMentions},
		{quad.Object, mexico, schema.PredParty},
		{quad.Object, sheinbaum, schema.PredSaidBy},
		{quad.Object, schema.ClassArticle, schema.PredType},
		{quad.Subject, us, schema.PredKey},
		{quad.Subject, schema.ArticleIRI(articleA.ID), schema.PredAsserts},
	} {
		for _, n := range []int{1, 2, 1000} {
			err := s.View(func(qs graph.QuadStore) error {
				want, wantTotal, err := LastQuadsWith(ctx, qs, tc.d, tc.v, tc.p, n)
				if err != nil {
					return err
				}
				got, total, err := s.Newest(ctx, qs, tc.d, tc.v, tc.p, n)
				if err != nil {
					return err
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("Newest(%v %v %v, %d) differs from the scan's last (-scan +Newest):\n%s", tc.d, tc.v, tc.p, n, diff)
				}
				if total < wantTotal {
					t.Errorf("Newest(%v %v %v) counts %d, fewer than the %d live", tc.d, tc.v, tc.p, total, wantTotal)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
		}
	}
}

// TestPostgresReopenLogsNothing checks opening an existing PostgreSQL store
// does not make Cayley log "ERROR: Cannot create nodes table".
func TestPostgresReopenLogsNothing(t *testing.T) {
	spec := freshPostgres(t)
	s, err := Open(spec)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	var logged bytes.Buffer
	log.SetOutput(&logged)
	defer log.SetOutput(os.Stderr)
	s = openStore(t, spec)
	if logged.Len() != 0 {
		t.Errorf("reopening an existing PostgreSQL store logged %q", logged.String())
	}
}

// testReaderMatchesCayley checks the Reader Store.Read gives (on bolt, one
// that reads Cayley's buckets itself) answers as Cayley's QuadStore does,
// after a delete and a rewrite.
func testReaderMatchesCayley(t *testing.T, b backend) {
	ctx := context.Background()
	s := openStore(t, b.fresh(t))
	replace(t, s, articleA, extractionA)
	replace(t, s, articleB, extractionB)
	if _, err := s.DeleteArticle(ctx, schema.ArticleIRI(articleA.ID)); err != nil {
		t.Fatal(err)
	}
	replace(t, s, articleA, extractionA2)
	us := schema.EntityIRI(schema.Government, "United States")
	sheinbaum := schema.EntityIRI(schema.Person, "Claudia Sheinbaum")
	preds := []quad.Value{schema.PredName, schema.PredAlias, schema.PredKey, schema.PredMentions, schema.PredSaidBy,
		schema.PredAbout, schema.PredParty, schema.PredOf, schema.RelationIRI("negotiatesWith"), quad.IRI("ng:absent")}
	sorted := func(qs []quad.Quad) []string {
		var out []string
		for _, q := range qs {
			out = append(out, q.NQuad())
		}
		sort.Strings(out)
		return out
	}
	err := s.Read(ctx, func(qs graph.QuadStore, r Reader) error {
		for _, v := range []quad.Value{us, sheinbaum, schema.ArticleIRI(articleA.ID), quad.IRI("ng:absent")} {
			for _, d := range []quad.Direction{quad.Subject, quad.Object} {
				all, err := r.QuadsWithAny(ctx, d, v, preds, 0)
				if err != nil {
					return err
				}
				for _, p := range append(preds, nil) {
					want, err := QuadsWith(ctx, qs, d, v, p, 0)
					if err != nil {
						return err
					}
					got, err := r.QuadsWith(ctx, d, v, p, 0)
					if err != nil {
						return err
					}
					if diff := cmp.Diff(sorted(want), sorted(got)); diff != "" {
						t.Errorf("QuadsWith(%v %v %v) differs from Cayley's (-cayley +reader):\n%s", d, v, p, diff)
					}
					if p == nil {
						continue
					}
					if diff := cmp.Diff(sorted(want), sorted(all[p])); diff != "" {
						t.Errorf("QuadsWithAny(%v %v)[%v] differs from Cayley's (-cayley +reader):\n%s", d, v, p, diff)
					}
					wantNew, wantTotal, err := s.Newest(ctx, qs, d, v, p, 2)
					if err != nil {
						return err
					}
					gotNew, gotTotal, err := r.Newest(ctx, d, v, p, 2)
					if err != nil {
						return err
					}
					if diff := cmp.Diff(sorted(wantNew), sorted(gotNew)); diff != "" || gotTotal != wantTotal {
						t.Errorf("Newest(%v %v %v) = %d in all, want %d; differs from the store's (-store +reader):\n%s", d, v, p, gotTotal, wantTotal, diff)
					}
				}
			}
		}
		return batchMatchesSingle(ctx, t, r, []quad.Value{us, sheinbaum, schema.ArticleIRI(articleA.ID), quad.IRI("ng:absent")}, preds)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// batchMatchesSingle checks that a Batcher's Lookups answer, in one batch,
// as the plain SELECTs that define them do (on PostgreSQL: an index range
// of v and p in horizon order, cut at N from its start, or from its end
// for Newest, with the count of the range unless NoTotal), for every value, direction and
// predicate, with and without limits.
func batchMatchesSingle(ctx context.Context, t *testing.T, r Reader, vs, preds []quad.Value) error {
	b, ok := r.(*pgReader)
	if !ok {
		return nil
	}
	var ls []Lookup
	for _, v := range vs {
		for _, d := range []quad.Direction{quad.Subject, quad.Object} {
			for _, p := range preds {
				ls = append(ls, Lookup{D: d, V: v, P: p}, Lookup{D: d, V: v, P: p, N: 1},
					Lookup{D: d, V: v, P: p, N: 1, Newest: true}, Lookup{D: d, V: v, P: p, N: 2, Newest: true},
					Lookup{D: d, V: v, P: p, N: 2, Newest: true, NoTotal: true})
			}
		}
	}
	ls = append(ls, ls[0])
	got, err := b.Lookups(ctx, ls)
	if err != nil {
		return err
	}
	if len(got) != len(ls) {
		t.Fatalf("Lookups answered %d of %d lookups", len(got), len(ls))
	}
	nq := func(qs []quad.Quad) []string {
		out := []string{}
		for _, q := range qs {
			out = append(out, q.NQuad())
		}
		return out
	}
	for i, l := range ls {
		var want Found
		where := pgColumn(l.D) + ` = $1 AND predicate_hash = $2`
		args := []any{csql.HashOf(l.V).SQLValue(), csql.HashOf(l.P).SQLValue()}
		order := ` ORDER BY horizon`
		if l.Newest && !l.NoTotal {
			if want.Total, err = pgCount(ctx, b.s.sql, l.D, l.V, l.P); err != nil {
				return err
			}
		}
		if l.Newest {
			order += ` DESC`
		}
		if l.N > 0 {
			order += fmt.Sprintf(` LIMIT %d`, l.N)
		}
		if want.Quads, err = b.query(ctx, `SELECT subject_hash, predicate_hash, object_hash, label_hash FROM quads WHERE `+where+order, args...); err != nil {
			return err
		}
		if l.Newest {
			slices.Reverse(want.Quads)
		}
		if diff := cmp.Diff(nq(want.Quads), nq(got[i].Quads)); diff != "" || want.Total != got[i].Total {
			t.Errorf("Lookups[%d] %+v: %d in all, want %d; differs from its SELECT (-select +batch):\n%s", i, l, got[i].Total, want.Total, diff)
		}
	}
	return nil
}
