// Package asktest builds the stores that graph/ask's, graph/export's and the
// CLI's tests question: the bundled articles with their gold extractions
// (stable, hand-checked, so tests of the questions do not move with the
// extractor) or with a real extractor.
package asktest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/schema"
)

// Extractor is what a store is loaded with.
type Extractor interface {
	Extract(schema.Article) schema.Extraction
}

// Gold is an Extractor that returns the gold extraction of each bundled
// article from dir (data/eval), and an empty one for other articles.
type Gold struct{ Dir string }

// Extract reads the gold file of a.
func (g Gold) Extract(a schema.Article) schema.Extraction {
	p := filepath.Join(g.Dir, strings.TrimSuffix(a.ID, ".txt")+".gold.json")
	b, err := os.ReadFile(p)
	if err != nil {
		return schema.Extraction{Article: a.ID}
	}
	var x schema.Extraction
	if err := json.Unmarshal(b, &x); err != nil {
		return schema.Extraction{Article: a.ID}
	}
	return x
}

// Load opens the bolt store at db and writes every *.txt article of
// articlesDir into it, extracted by ex.
func Load(db, articlesDir string, ex Extractor) (*graph.Store, error) {
	paths, err := filepath.Glob(filepath.Join(articlesDir, "*.txt"))
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("no articles in %s: %v", articlesDir, err)
	}
	s, err := graph.Open(db)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", db, err)
	}
	for _, p := range paths {
		a, err := loaders.ReadFile(p)
		if err != nil {
			s.Close()
			return nil, fmt.Errorf("read %s: %w", p, err)
		}
		if _, err := s.ReplaceArticle(context.Background(), schema.ArticleIRI(a.ID), schema.Quads(a, ex.Extract(a))); err != nil {
			s.Close()
			return nil, fmt.Errorf("load %s: %w", p, err)
		}
	}
	return s, nil
}
