package graph

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

func testQuads(label quad.IRI, objects ...string) []quad.Quad {
	var qs []quad.Quad
	for _, o := range objects {
		qs = append(qs, quad.Make(quad.IRI("ng:s"), quad.IRI("ng:p"), quad.String(o), label))
	}
	qs = append(qs, quad.Make(label, schema.PredType, schema.ClassArticle, label))
	return qs
}

func TestReplaceArticle(t *testing.T) {
	ctx := context.Background()
	for _, spec := range []string{"memory", filepath.Join(t.TempDir(), "g.db")} {
		t.Run(spec, func(t *testing.T) {
			s, err := Open(spec)
			if err != nil {
				t.Fatalf("Open(%q): %v", spec, err)
			}
			defer s.Close()
			a, b := schema.ArticleIRI("a"), schema.ArticleIRI("b")
			steps := []struct {
				label         quad.IRI
				quads         []quad.Quad
				want          Change
				quadsAfter    int64
				nodesAfter    int64
				articlesAfter int64
			}{
				{a, testQuads(a, "x", "y"), Change{Added: 3, Total: 3}, 3, 7, 1},
				{a, testQuads(a, "x", "y"), Change{Total: 3}, 3, 7, 1},
				{a, testQuads(a, "x", "z"), Change{Added: 1, Removed: 1, Total: 3}, 3, 7, 1},
				{b, testQuads(b, "x"), Change{Added: 2, Total: 2}, 5, 8, 2},
				{a, nil, Change{Removed: 3}, 2, 6, 1},
			}
			for i, st := range steps {
				got, err := s.ReplaceArticle(ctx, st.label, st.quads)
				if err != nil {
					t.Fatalf("step %d: ReplaceArticle: %v", i, err)
				}
				if got != st.want {
					t.Errorf("step %d: ReplaceArticle = %+v, want %+v", i, got, st.want)
				}
				stats, err := s.Stats(ctx)
				if err != nil {
					t.Fatalf("step %d: Stats: %v", i, err)
				}
				if stats.Quads != st.quadsAfter || stats.Articles != st.articlesAfter {
					t.Errorf("step %d: Stats = %+v, want %d quads, %d articles", i, stats, st.quadsAfter, st.articlesAfter)
				}
				if stats.Nodes != st.nodesAfter {
					t.Errorf("step %d: Stats.Nodes = %d, want %d", i, stats.Nodes, st.nodesAfter)
				}
			}
		})
	}
}

func TestReplaceArticleRejectsForeignLabel(t *testing.T) {
	s, err := Open("memory")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	q := testQuads(schema.ArticleIRI("other"), "x")
	if _, err := s.ReplaceArticle(context.Background(), schema.ArticleIRI("a"), q); err == nil {
		t.Fatal("ReplaceArticle with a foreign label: got nil error")
	}
}

func TestBoltReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "g.db")
	a := schema.ArticleIRI("a")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.ReplaceArticle(ctx, a, testQuads(a, "x")); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = Open(path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Quads != 2 || st.Articles != 1 {
		t.Errorf("after reopen Stats = %+v, want 2 quads, 1 article", st)
	}
}
