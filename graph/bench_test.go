package graph

import (
	"context"
	"fmt"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// benchArticles builds n articles of about 60 quads each; consecutive
// articles share half of their people, as articles on one beat do.
func benchArticles(n int) (labels []quad.IRI, quads [][]quad.Quad) {
	for i := 0; i < n; i++ {
		a := schema.Article{ID: fmt.Sprintf("bench-%d.txt", i), Title: fmt.Sprintf("Article %d", i), Source: "bench"}
		var x schema.Extraction
		for k := 0; k < 6; k++ {
			person := fmt.Sprintf("Person %d", (i/2)*3+k)
			x.Entities = append(x.Entities, schema.Entity{Name: person, Type: schema.Person})
			x.Roles = append(x.Roles, schema.Role{Person: person, Title: "minister", Org: "Mexico"})
			x.Statements = append(x.Statements, schema.Statement{Speaker: person, Quote: fmt.Sprintf("Quote %d of article %d", k, i)})
		}
		x.Entities = append(x.Entities, schema.Entity{Name: "Mexico", Type: schema.Government})
		labels = append(labels, schema.ArticleIRI(a.ID))
		quads = append(quads, schema.Quads(a, x))
	}
	return labels, quads
}

// BenchmarkReplaceArticle writes 200 new articles per iteration, one
// transaction each, into a fresh store, and reports quads/s and
// articles/s. PostgreSQL runs when NEWSGRAPH_TEST_POSTGRES is set.
//
//	go test ./graph -run '^$' -bench ReplaceArticle -benchtime 3x
func BenchmarkReplaceArticle(b *testing.B) {
	const n = 200
	labels, quads := benchArticles(n)
	total := 0
	for _, q := range quads {
		total += len(q)
	}
	for _, be := range backends() {
		b.Run(be.name, func(b *testing.B) {
			written := 0
			for b.Loop() {
				b.StopTimer()
				spec := be.fresh(b)
				s, err := Open(spec)
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				for i := range labels {
					if _, err := s.ReplaceArticle(context.Background(), labels[i], quads[i]); err != nil {
						b.Fatal(err)
					}
				}
				b.StopTimer()
				written += total
				s.Close()
				b.StartTimer()
			}
			secs := b.Elapsed().Seconds()
			b.ReportMetric(float64(written)/secs, "quads/s")
			b.ReportMetric(float64(n*b.N)/secs, "articles/s")
		})
	}
}
