package ask

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/schema"
)

var (
	goldOnce sync.Once
	goldDir  string
	gold     *graph.Store
	goldErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if gold != nil {
		gold.Close()
	}
	if goldDir != "" {
		os.RemoveAll(goldDir)
	}
	os.Exit(code)
}

// goldStore returns a bolt store in a temp dir holding every bundled
// article with its gold extraction from data/eval (a stable, hand-checked
// extraction: the extractor itself is tested elsewhere). Tests share it and
// only read it.
func goldStore(tb testing.TB) *graph.Store {
	tb.Helper()
	goldOnce.Do(func() {
		goldDir, goldErr = os.MkdirTemp("", "ask-gold-")
		if goldErr == nil {
			gold, goldErr = loadGold(filepath.Join(goldDir, "gold.db"))
		}
	})
	if goldErr != nil {
		tb.Fatal(goldErr)
	}
	return gold
}

func loadGold(db string) (*graph.Store, error) {
	s, err := graph.Open(db)
	if err != nil {
		return nil, fmt.Errorf("graph.Open: %w", err)
	}
	paths, err := filepath.Glob("../../data/articles/*.txt")
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("no bundled articles: %v", err)
	}
	for _, p := range paths {
		a, err := loaders.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", p, err)
		}
		goldPath := filepath.Join("../../data/eval", strings.TrimSuffix(filepath.Base(p), ".txt")+".gold.json")
		b, err := os.ReadFile(goldPath)
		if err != nil {
			return nil, fmt.Errorf("read gold: %w", err)
		}
		var x schema.Extraction
		if err := json.Unmarshal(b, &x); err != nil {
			return nil, fmt.Errorf("parse %s: %w", goldPath, err)
		}
		if _, err := s.ReplaceArticle(context.Background(), schema.ArticleIRI(a.ID), schema.Quads(a, x)); err != nil {
			return nil, fmt.Errorf("load %s: %w", p, err)
		}
	}
	return s, nil
}
