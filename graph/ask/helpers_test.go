package ask

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/schema"
)

// goldStore loads every bundled article, with its gold extraction from
// data/eval (a stable, hand-checked extraction: the extractor itself is
// tested elsewhere), into a bolt file in a temp dir.
func goldStore(tb testing.TB) *graph.Store {
	tb.Helper()
	goldOnce.Do(func() {})
	s, err := graph.Open(filepath.Join(tb.TempDir(), "gold.db"))
	if err != nil {
		tb.Fatalf("graph.Open: %v", err)
	}
	tb.Cleanup(func() { s.Close() })
	paths, err := filepath.Glob("../../data/articles/*.txt")
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no bundled articles: %v", err)
	}
	for _, p := range paths {
		a, err := loaders.ReadFile(p)
		if err != nil {
			tb.Fatalf("read %s: %v", p, err)
		}
		gold := filepath.Join("../../data/eval", strings.TrimSuffix(filepath.Base(p), ".txt")+".gold.json")
		b, err := os.ReadFile(gold)
		if err != nil {
			tb.Fatalf("read gold: %v", err)
		}
		var x schema.Extraction
		if err := json.Unmarshal(b, &x); err != nil {
			tb.Fatalf("parse %s: %v", gold, err)
		}
		if _, err := s.ReplaceArticle(context.Background(), schema.ArticleIRI(a.ID), schema.Quads(a, x)); err != nil {
			tb.Fatalf("load %s: %v", p, err)
		}
	}
	return s
}

var goldOnce sync.Once
