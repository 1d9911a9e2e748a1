package graph

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo"   // registers "gizmo"
	_ "github.com/cayleygraph/cayley/query/graphql" // registers "graphql"
	_ "github.com/cayleygraph/cayley/query/mql"     // registers "mql"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// QueryOptions bound a query.
type QueryOptions struct {
	Limit   int           // Maximum results; 0 means no limit.
	Timeout time.Duration // 0 means no timeout beyond ctx.
}

// Query runs a query in one of Cayley's languages ("gizmo", "graphql",
// "mql") and returns its results collated as JSON values. The deadline is
// passed to every Next, where Cayley honours it.
func (s *Store) Query(ctx context.Context, lang, text string, opt QueryOptions) ([]any, error) {
	page, err := s.QueryPage(ctx, lang, text, opt, 0)
	return page.Results, err
}

// Page is the first results of a query and how many there are.
type Page struct {
	Results []any
	Total   int  // Results past the limit included, as far as they were counted.
	More    bool // There are more than Total.
}

// CountBudget bounds the time QueryPage spends counting results past the
// limit: on a hub, Cayley may walk thousands of quads for each.
const CountBudget = 250 * time.Millisecond

// QueryPage is Query that also counts up to countMore results past
// opt.Limit (without reading their values, for at most CountBudget), so a
// caller can say how many it did not show.
func (s *Store) QueryPage(ctx context.Context, lang, text string, opt QueryOptions, countMore int) (Page, error) {
	var page Page
	if query.GetLanguage(lang) == nil {
		return page, fmt.Errorf("query: unknown language %q (have %v)", lang, query.Languages())
	}
	if opt.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opt.Timeout)
		defer cancel()
	}
	limit := opt.Limit
	if limit > 0 {
		limit += countMore
	}
	err := s.ViewQuery(ctx, func(qs graph.QuadStore) error {
		it, err := query.Execute(ctx, qs, lang, text, query.Options{Collation: query.JSON, Limit: limit})
		if err != nil {
			return err
		}
		defer CloseQuery(lang, it)
		// Past the limit, results are only counted, for CountBudget at
		// most: a Next that runs past it stops there.
		next, counting := ctx, false
		for it.Next(next) {
			page.Total++
			if opt.Limit <= 0 || page.Total <= opt.Limit {
				page.Results = append(page.Results, it.Result())
			}
			if limit > 0 && page.Total >= limit {
				page.More = countMore > 0 && it.Next(next)
				break
			}
			if page.Total == opt.Limit {
				var cancel context.CancelFunc
				next, cancel = context.WithTimeout(ctx, CountBudget)
				defer cancel()
				counting = true
			}
		}
		if counting && next.Err() != nil && ctx.Err() == nil {
			page.More = true // counting ran out of time
			return nil
		}
		if err := it.Err(); err != nil {
			return err
		}
		return ctx.Err()
	})
	if err != nil {
		return Page{}, fmt.Errorf("%s query: %w", lang, err)
	}
	return page, nil
}

// DescribeArticles bounds the articles Describe lists for one fact.
const DescribeArticles = 100

// Describe returns what the store says about each node (SPARQL's
// DESCRIBE), in node order, as the articles wrote it: every fact whose
// subject is the node, once per article that read it (at most
// DescribeArticles) and labelled with it. Name keys and an article's
// assertions are the store's bookkeeping and are left out.
func (s *Store) Describe(ctx context.Context, nodes []quad.Value) ([]quad.Quad, error) {
	var out []quad.Quad
	err := s.View(func(qs graph.QuadStore) error {
		for _, n := range nodes {
			facts, err := QuadsWith(ctx, qs, quad.Subject, n, nil, 0)
			if err != nil {
				return err
			}
			for _, q := range facts {
				switch {
				case q.Predicate == schema.PredKey || q.Predicate == schema.PredAsserts:
					continue
				case q.Label != nil:
					out = append(out, q)
					continue
				}
				articles, err := FactArticles(ctx, qs, q, DescribeArticles)
				if err != nil {
					return err
				}
				if len(articles) == 0 {
					out = append(out, q) // Written by hand, not by an article.
				}
				for _, a := range articles {
					q.Label = a
					out = append(out, q)
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("describe: %w", err)
	}
	return out, nil
}

// ResultNodes collects the nodes (IRIs and blank nodes) named in query
// results collated as JSON, where they appear as "<iri>" and "_:id" strings,
// in order of first appearance.
func ResultNodes(results []any) []quad.Value {
	var out []quad.Value
	seen := map[quad.Value]bool{}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			var n quad.Value
			switch {
			case len(v) > 2 && v[0] == '<' && v[len(v)-1] == '>':
				n = quad.IRI(v[1 : len(v)-1])
			case len(v) > 2 && v[:2] == "_:":
				n = quad.BNode(v[2:])
			}
			if n != nil && !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		case map[string]any:
			keys := make([]string, 0, len(v))
			for k := range v {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				walk(v[k])
			}
		case []any:
			for _, e := range v {
				walk(e)
			}
		}
	}
	for _, r := range results {
		walk(r)
	}
	return out
}

// CloseQuery closes a query's iterator and, for Gizmo, waits until its
// script has stopped reading the store. Gizmo runs the script on a
// goroutine that Close only interrupts; a caller that returned from View
// while it ran would let a writer change the store under it (a data race,
// and on the in-memory store a torn tree). Once interrupted, the script
// ends at its next step or send, which the drain below waits for; other
// languages read the store only inside Next and are just closed.
func CloseQuery(lang string, it query.Iterator) {
	it.Close()
	if lang != "gizmo" {
		return
	}
	for it.Next(context.Background()) {
	}
}
