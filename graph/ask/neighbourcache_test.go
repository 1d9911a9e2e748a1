package ask

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/pgtest"
	"github.com/newsgraph/newsgraph/schema"
)

func TestNeighbourCacheBounds(t *testing.T) {
	list := func(links int) []neighbour { return []neighbour{{iri: "x", links: make([]link, links)}} }
	for _, tt := range []struct {
		name string
		puts []string // keys put, in order, each with 3 links (4 with its entry)
		gen  uint64   // local state of the store at the final get
		want []string // keys still held
	}{
		{"within the bound", []string{"a", "b"}, 0, []string{"a", "b"}},
		{"least recently used go first", []string{"a", "b", "c", "d"}, 0, []string{"c", "d"}},
		{"a write forgets everything", []string{"a", "b"}, 1, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := newNeighbourCache(8)
			for _, k := range tt.puts {
				c.put(graph.Generation{}, neighbourKey{iri: k}, list(3))
			}
			var held []string
			for _, k := range tt.puts {
				if _, ok := c.get(graph.Generation{Local: tt.gen}, neighbourKey{iri: k}); ok {
					held = append(held, k)
				}
			}
			if diff := cmp.Diff(tt.want, held); diff != "" {
				t.Errorf("held (-want +got):\n%s", diff)
			}
		})
	}
	c := newNeighbourCache(8)
	c.put(graph.Generation{}, neighbourKey{iri: "hub"}, list(20))
	if _, ok := c.get(graph.Generation{}, neighbourKey{iri: "hub"}); ok {
		t.Error("a list larger than the whole cache was kept")
	}
}

// TestPathsCachedMatchFresh asks each question twice of one Asker (the
// second answer comes from its neighbour cache) and once of a new one.
func TestPathsCachedMatchFresh(t *testing.T) {
	s := goldStore(t)
	shared := New(s)
	ctx := context.Background()
	for _, q := range []struct {
		from, to string
		opt      PathOptions
	}{
		{"Marco Rubio", "Claudia Sheinbaum", PathOptions{}},
		{"Claudia Sheinbaum", "Marco Rubio", PathOptions{Limit: 3}},
		{"Rubio", "Mexico", PathOptions{Mentions: true}},
		{"Marco Rubio", "Sheinbaum", PathOptions{Via: "agreement"}},
	} {
		for round := range 2 {
			got, err := shared.Paths(ctx, q.from, q.to, q.opt)
			if err != nil {
				t.Fatalf("round %d: Paths(%q, %q): %v", round, q.from, q.to, err)
			}
			want, err := New(s).Paths(ctx, q.from, q.to, q.opt)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("round %d: Paths(%q, %q, %+v) differs from a fresh Asker's (-fresh +cached):\n%s", round, q.from, q.to, q.opt, diff)
			}
		}
	}
}

// TestPathsCacheFollowsWrites checks that a write is seen by the next
// path search of the same Asker, though it read the neighbours before: a
// write through the Asker's own store, and on PostgreSQL one through
// another Store over the same database, as another process makes it.
func TestPathsCacheFollowsWrites(t *testing.T) {
	stores := []struct {
		name string
		open func(t *testing.T) (asked, written *graph.Store)
	}{
		{"bolt", func(t *testing.T) (*graph.Store, *graph.Store) {
			s, err := graph.Open(filepath.Join(t.TempDir(), "cache.db"))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			return s, s
		}},
		{"postgres, written by another store", func(t *testing.T) (*graph.Store, *graph.Store) {
			url := pgtest.Fresh(t)
			var ss [2]*graph.Store
			for i := range ss {
				s, err := graph.Open(url)
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { s.Close() })
				ss[i] = s
			}
			return ss[0], ss[1]
		}},
	}
	for _, st := range stores {
		t.Run(st.name, func(t *testing.T) {
			asked, written := st.open(t)
			ctx := context.Background()
			write := func(id string, rels ...schema.Relation) {
				t.Helper()
				a := schema.Article{ID: id, Title: id, Text: "Invented copy."}
				x := schema.Extraction{Article: id, Relations: rels, Entities: []schema.Entity{
					{Name: "Peru", Type: schema.Government}, {Name: "Zeta Gang", Type: schema.Cartel},
					{Name: "Zoe Zuniga", Type: schema.Person},
				}}
				if _, err := written.ReplaceArticle(ctx, schema.ArticleIRI(id), schema.Quads(a, x)); err != nil {
					t.Fatal(err)
				}
			}
			a := New(asked)
			hops := func() int {
				t.Helper()
				res, err := a.Paths(ctx, "Peru", "Zeta Gang", PathOptions{})
				if errors.Is(err, ErrNoPath) {
					return 0
				}
				if err != nil {
					t.Fatal(err)
				}
				return len(res.Paths[0].Hops)
			}
			write("one.txt", schema.Relation{Subject: "Peru", Predicate: "arrested", Object: "Zoe Zuniga"})
			if n := hops(); n != 0 {
				t.Fatalf("before the membership is written: a path of %d hops", n)
			}
			write("two.txt", schema.Relation{Subject: "Zoe Zuniga", Predicate: "memberOf", Object: "Zeta Gang"})
			if n := hops(); n != 2 {
				t.Fatalf("after the membership is written: %d hops, want 2", n)
			}
			if _, err := written.DeleteArticle(ctx, schema.ArticleIRI("two.txt")); err != nil {
				t.Fatal(err)
			}
			if n := hops(); n != 0 {
				t.Fatalf("after the membership's article is deleted: a path of %d hops", n)
			}
		})
	}
}

// TestPathsCacheConcurrent asks paths from many goroutines through one
// Asker, as a server does (run with -race).
func TestPathsCacheConcurrent(t *testing.T) {
	a := New(goldStore(t))
	want, err := New(goldStore(t)).Paths(context.Background(), "Marco Rubio", "Claudia Sheinbaum", PathOptions{})
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 8)
	for range 8 {
		go func() {
			got, err := a.Paths(context.Background(), "Marco Rubio", "Claudia Sheinbaum", PathOptions{})
			if err == nil && !cmp.Equal(want, got) {
				err = errors.New("a concurrent answer differs from a fresh Asker's")
			}
			errs <- err
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
