package graph

import (
	"context"
	"fmt"
	"testing"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"
)

func TestResultNodes(t *testing.T) {
	tests := []struct {
		name    string
		results []any
		want    []quad.Value
	}{
		{"ids", []any{map[string]any{"id": "<ng:a>"}, map[string]any{"id": "<ng:b>"}},
			[]quad.Value{quad.IRI("ng:a"), quad.IRI("ng:b")}},
		{"tags in key order, deduplicated", []any{map[string]any{"target": "<ng:b>", "id": "<ng:a>", "source": "<ng:a>"}},
			[]quad.Value{quad.IRI("ng:a"), quad.IRI("ng:b")}},
		{"literals are not nodes", []any{"plain text", map[string]any{"id": "<>"}, float64(3)}, nil},
		{"blank nodes and nesting", []any{[]any{"_:x", map[string]any{"n": []any{"<ng:c>"}}}},
			[]quad.Value{quad.BNode("x"), quad.IRI("ng:c")}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, ResultNodes(tt.results)); diff != "" {
			t.Errorf("%s: ResultNodes (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestQueryStopsScriptBeforeWrites checks a Gizmo script cut short by the
// limit no longer reads the store when QueryPage returns: the script
// below goes on counting nodes after its first result, and a writer then
// changes the in-memory store at once. Without CloseQuery's wait the
// script's goroutine still walks memstore's tree while the writer
// rebalances it; the race detector (CI runs this package with -race)
// reports that, and the tree may tear. Without -race it checks the answers.
func TestQueryStopsScriptBeforeWrites(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, BackendMemory)
	add := func(from, to int) {
		t.Helper()
		var deltas []graph.Delta
		for i := from; i < to; i++ {
			q := quad.Make(quad.IRI(fmt.Sprintf("ng:n%d", i)), quad.IRI("ng:p"), quad.IRI(fmt.Sprintf("ng:n%d", i+1)), nil)
			deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Add})
		}
		err := s.Update(func(qs graph.QuadStore) error { return qs.ApplyDeltas(deltas, graph.IgnoreOpts{}) })
		if err != nil {
			t.Fatalf("write %d–%d: %v", from, to, err)
		}
	}
	add(0, 2000)
	const script = `g.V("<ng:n0>").All(); for (var i = 0; i < 1000000; i++) { g.V().Count(); }`
	for round := 0; round < 5; round++ {
		page, err := s.QueryPage(ctx, "gizmo", script, QueryOptions{Limit: 1}, 0)
		if err != nil {
			t.Fatalf("round %d: QueryPage: %v", round, err)
		}
		if len(page.Results) != 1 {
			t.Fatalf("round %d: %d results, want 1", round, len(page.Results))
		}
		add(2000+round*200, 2200+round*200)
	}
}
