package graph

import (
	"context"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// FuzzWriteArticles writes the quads of an extraction built from fuzzed
// names and text into a memory store, twice under two article IDs, and
// checks the store's answers: a rewrite changes nothing, the quads read
// back are the ones written, and deleting both articles leaves the store
// as it was.
func FuzzWriteArticles(f *testing.F) {
	if testing.Short() {
		f.Skip("fuzzing skipped under -short")
	}
	f.Add("seed.txt", "Mexico rejects US strikes", "Mexico", "Claudia Sheinbaum", "Sheinbaum", "It's off the table", uint8(1))
	f.Add("", "", "", "", "", "", uint8(0))
	f.Add("a b/c?d#e", "\x00\xff", "<ng:x>", "\"quoted\" \\", "\n", "“nested ‘quote’”", uint8(0x85))
	f.Add("x", "T", "Mexico", "Mexico", "mexico", "q", uint8(2))
	f.Fuzz(func(t *testing.T, id, title, name, other, alias, quote string, kind uint8) {
		if len(id)+len(title)+len(name)+len(other)+len(alias)+len(quote) > 4<<10 {
			t.Skip()
		}
		ctx := context.Background()
		s := openStore(t, BackendMemory)
		empty, err := s.Summary(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var writes []ArticleWrite
		for _, aid := range []string{id, id + "-2"} {
			a, x := fuzzedExtraction(aid, title, name, other, alias, quote, kind)
			writes = append(writes, ArticleWrite{Label: schema.ArticleIRI(aid), Quads: schema.Quads(a, x)})
		}
		results := s.WriteArticles(ctx, writes)
		for i, res := range results {
			if res.Err != nil {
				t.Fatalf("WriteArticles: article %d: %v", i, res.Err)
			}
		}
		for i, w := range writes {
			ch, err := s.ReplaceArticle(ctx, w.Label, w.Quads)
			if err != nil || ch.Added != 0 || ch.Removed != 0 {
				t.Fatalf("rewriting %s = %+v, %v; want no change", w.Label, ch, err)
			}
			have, err := QuadsWith(ctx, s.qs, quad.Subject, w.Label, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, q := range have {
				if q.Label == w.Label {
					n++
				}
			}
			if n == 0 || n != results[i].Total {
				t.Fatalf("%d quads of %s read back, %d written", n, w.Label, results[i].Total)
			}
		}
		if st, err := s.Summary(ctx); err != nil || st.Articles != 2 {
			t.Fatalf("Summary = %+v, %v; want 2 articles", st, err)
		}
		for _, w := range writes {
			if _, err := s.DeleteArticle(ctx, w.Label); err != nil {
				t.Fatalf("DeleteArticle(%s): %v", w.Label, err)
			}
		}
		if st, err := s.Summary(ctx); err != nil || st != empty {
			t.Fatalf("Summary after deleting both = %+v, %v; want %+v", st, err, empty)
		}
	})
}

// fuzzedExtraction builds an extraction out of fuzzed names, types and
// text, using every kind of fact (schema's FuzzQuads builds the same).
func fuzzedExtraction(id, title, name, other, alias, quote string, kind uint8) (schema.Article, schema.Extraction) {
	a := schema.Article{ID: id, Title: title, Text: quote, Source: "fuzz/" + id}
	typ := schema.EntityTypes[int(kind)%len(schema.EntityTypes)]
	preds := []string{"negotiatesWith", "sanctioned", "notAVerb", ""}
	x := schema.Extraction{
		Article: id,
		Title:   title,
		Entities: []schema.Entity{{Name: name, Type: typ, Aliases: []string{alias, name}},
			{Name: other, Type: schema.Person, Aliases: []string{alias}}},
		Roles: []schema.Role{{Person: other, Title: alias, Org: name, Former: kind&1 == 1}},
		Statements: []schema.Statement{{Speaker: other, Quote: quote, End: len(quote), About: []string{name, alias}},
			{Speaker: alias, Quote: quote}},
		Agreements: []schema.AgreementFact{{Name: name + " accord", Parties: []string{name, other, alias}}},
		Relations:  []schema.Relation{{Subject: name, Predicate: preds[int(kind)%len(preds)], Object: other, Sentence: quote}},
	}
	return a, x
}
