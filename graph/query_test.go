package graph

import (
	"testing"

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
