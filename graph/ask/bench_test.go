package ask

import (
	"context"
	"os"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

func BenchmarkAsk(b *testing.B) {
	a := New(goldStore(b))
	ctx := context.Background()
	for _, bm := range []struct {
		name string
		fn   func() error
	}{
		{"Resolve", func() error { _, err := a.Resolve(ctx, "Sheinbaum"); return err }},
		{"Paths", func() error {
			_, err := a.Paths(ctx, "Marco Rubio", "Claudia Sheinbaum", PathOptions{})
			return err
		}},
		{"PathsMentions", func() error {
			_, err := a.Paths(ctx, "Marco Rubio", "Claudia Sheinbaum", PathOptions{Mentions: true})
			return err
		}},
		{"Entity", func() error { _, err := a.Entity(ctx, "United States"); return err }},
		{"Statements", func() error { _, err := a.Statements(ctx, StatementFilter{}); return err }},
		{"Search", func() error { _, err := a.Search(ctx, "mex", 0); return err }},
	} {
		b.Run(bm.name, func(b *testing.B) {
			for b.Loop() {
				if err := bm.fn(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkAskStore asks the questions of ngbench of a store built at scale
// (for example by `go run ./cmd/ngbench`): NEWSGRAPH_BENCH_DB names it,
// NEWSGRAPH_BENCH_PERSON, _FROM and _TO the entities. It skips without them.
//
//	NEWSGRAPH_BENCH_DB=/tmp/bench10k/bench.db NEWSGRAPH_BENCH_PERSON="Marco Rubio" \
//	NEWSGRAPH_BENCH_FROM="Marco Rubio" NEWSGRAPH_BENCH_TO="Karen Solano" \
//	go test ./graph/ask -run '^$' -bench AskStore -cpuprofile cpu.out
func BenchmarkAskStore(b *testing.B) {
	db, person := os.Getenv("NEWSGRAPH_BENCH_DB"), os.Getenv("NEWSGRAPH_BENCH_PERSON")
	from, to := os.Getenv("NEWSGRAPH_BENCH_FROM"), os.Getenv("NEWSGRAPH_BENCH_TO")
	if db == "" || person == "" || from == "" || to == "" {
		b.Skip("set NEWSGRAPH_BENCH_DB, _PERSON, _FROM and _TO")
	}
	s, err := graph.OpenReadOnly(db)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	a := New(s)
	ctx := context.Background()
	for _, bm := range []struct {
		name string
		fn   func() error
	}{
		{"Resolve", func() error { _, err := a.Resolve(ctx, person); return err }},
		{"Paths", func() error { _, err := a.Paths(ctx, from, to, PathOptions{}); return err }},
		{"Entity", func() error { _, err := a.Entity(ctx, person); return err }},
		{"StatementsBy", func() error { _, err := a.Statements(ctx, StatementFilter{By: person, Limit: 50}); return err }},
		{"Search", func() error { _, err := a.Search(ctx, person[:4], 10); return err }},
	} {
		b.Run(bm.name, func(b *testing.B) {
			for b.Loop() {
				if err := bm.fn(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
