package graph

import (
	"context"
	"fmt"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo"   // registers "gizmo"
	_ "github.com/cayleygraph/cayley/query/graphql" // registers "graphql"
	_ "github.com/cayleygraph/cayley/query/mql"     // registers "mql"
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
	if query.GetLanguage(lang) == nil {
		return nil, fmt.Errorf("query: unknown language %q (have %v)", lang, query.Languages())
	}
	if opt.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opt.Timeout)
		defer cancel()
	}
	var out []any
	err := s.View(func(qs graph.QuadStore) error {
		it, err := query.Execute(ctx, qs, lang, text, query.Options{Collation: query.JSON, Limit: opt.Limit})
		if err != nil {
			return err
		}
		defer it.Close()
		for it.Next(ctx) {
			out = append(out, it.Result())
			if opt.Limit > 0 && len(out) >= opt.Limit {
				break
			}
		}
		if err := it.Err(); err != nil {
			return err
		}
		return ctx.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("%s query: %w", lang, err)
	}
	return out, nil
}
