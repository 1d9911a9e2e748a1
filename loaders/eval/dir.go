package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/schema"
)

// Extractor is what ScoreDir runs on each article.
type Extractor interface {
	Extract(schema.Article) schema.Extraction
}

// boundedExtractor is an Extractor that says why it failed on an article
// (extract.Extractor does); ScoreDir records the reason in the article's
// Report.Err.
type boundedExtractor interface {
	ExtractBounded(schema.Article) (schema.Extraction, error)
}

// ReadGold reads one gold file.
func ReadGold(path string) (schema.Extraction, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return schema.Extraction{}, fmt.Errorf("read gold: %w", err)
	}
	var x schema.Extraction
	if err := json.Unmarshal(b, &x); err != nil {
		return schema.Extraction{}, fmt.Errorf("read gold %s: %w", path, err)
	}
	if x.Article == "" {
		return schema.Extraction{}, fmt.Errorf("read gold %s: no \"article\" field", path)
	}
	return x, nil
}

// ArticlePath finds the article a gold file names: in dir, else in
// dir/../articles.
func ArticlePath(dir, article string) (string, error) {
	for _, p := range []string{filepath.Join(dir, article), filepath.Join(dir, "..", "articles", article)} {
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("article %s of %s: %w", article, dir, os.ErrNotExist)
}

// ScoreDir scores ex on every *.gold.json in dir (names matching glob when
// it is not empty, e.g. "0*.gold.json") and returns the micro-averaged
// report with one entry per article.
func ScoreDir(dir string, ex Extractor) (Report, error) {
	return ScoreGlob(dir, "*.gold.json", ex)
}

// ScoreGlob is ScoreDir restricted to gold files matching pattern.
func ScoreGlob(dir, pattern string, ex Extractor) (Report, error) {
	files, err := filepath.Glob(filepath.Join(dir, pattern))
	if err != nil {
		return Report{}, fmt.Errorf("score %s: %w", dir, err)
	}
	sort.Strings(files)
	if len(files) == 0 {
		return Report{}, fmt.Errorf("score %s: no gold files (%s)", dir, pattern)
	}
	total := Report{Counts: map[string]Count{}}
	for _, f := range files {
		gold, err := ReadGold(f)
		if err != nil {
			return Report{}, err
		}
		path, err := ArticlePath(dir, gold.Article)
		if err != nil {
			return Report{}, err
		}
		a, err := loaders.ReadFile(path)
		if err != nil {
			return Report{}, fmt.Errorf("score %s: %w", f, err)
		}
		total.Add(scoreOne(gold, a, ex))
	}
	return total, nil
}

// scoreOne scores ex's extraction of a against gold; an extractor failure
// scores as an empty extraction and is kept in Err.
func scoreOne(gold schema.Extraction, a schema.Article, ex Extractor) Report {
	be, ok := ex.(boundedExtractor)
	if !ok {
		return Score(gold, ex.Extract(a))
	}
	x, err := be.ExtractBounded(a)
	r := Score(gold, x)
	if err != nil {
		r.Err = err.Error()
	}
	return r
}
