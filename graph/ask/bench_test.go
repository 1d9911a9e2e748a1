package ask

import (
	"context"
	"errors"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
)

func BenchmarkAsk(b *testing.B) {
	s := goldStore(b)
	a := New(s)
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
			before := s.SQLReads()
			for b.Loop() {
				if err := bm.fn(); err != nil {
					b.Fatal(err)
				}
			}
			if s.Backend() == graph.BackendPostgres {
				b.ReportMetric(float64(s.SQLReads()-before)/float64(b.N), "sql/op")
			}
		})
	}
}

// BenchmarkAskStore asks the questions of ngbench of a store built at scale
// (for example by `go run ./cmd/ngbench`): NEWSGRAPH_BENCH_DB names it,
// NEWSGRAPH_BENCH_PERSON, _FROM and _TO the entities. It skips without them.
// Besides the mean it reports the median and p99 of the iterations and, on
// PostgreSQL, the SQL statements (round trips) per question.
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
		{"PathsPairs", pathPairs(b, a)},
		// The same with nothing kept between questions: every search
		// reads every neighbourhood it expands.
		{"PathsPairsUncached", pathPairs(b, &Asker{store: s})},
	} {
		b.Run(bm.name, func(b *testing.B) {
			before := s.SQLReads()
			var took []time.Duration
			for b.Loop() {
				start := time.Now()
				if err := bm.fn(); err != nil {
					b.Fatal(err)
				}
				took = append(took, time.Since(start))
			}
			slices.Sort(took)
			ms := func(q float64) float64 { return float64(took[int(q*float64(len(took)-1))]) / 1e6 }
			b.ReportMetric(ms(0.5), "p50-ms")
			b.ReportMetric(ms(0.99), "p99-ms")
			if s.Backend() == graph.BackendPostgres {
				b.ReportMetric(float64(s.SQLReads()-before)/float64(b.N), "sql/op")
			}
		})
	}
}

// pathPairs returns a question that asks, at each call, for the paths
// between the next of many pairs of people, so that a benchmark sees the
// mix of neighbourhoods a desk asks about rather than one pair again and
// again. The people are the speakers of the newest statements (quoted
// people are the ones a desk asks about), in order; "no connection" is an
// answer too.
func pathPairs(b *testing.B, a *Asker) func() error {
	ctx := context.Background()
	sts, err := a.Statements(ctx, StatementFilter{Limit: 500})
	if err != nil {
		b.Fatal(err)
	}
	var people []string
	seen := map[string]bool{}
	for _, st := range sts {
		if st.Speaker.Type == "Person" && !seen[st.Speaker.IRI] {
			seen[st.Speaker.IRI] = true
			people = append(people, st.Speaker.IRI)
		}
	}
	if len(people) < 3 {
		b.Fatalf("found %d people to pair", len(people))
	}
	n, i := len(people), 0
	return func() error {
		// every pair once in n² questions, each person's turns spread out
		from, to := people[i%n], people[(i/n+i%n+1)%n]
		if from == to {
			to = people[(i+1)%n]
		}
		i++
		_, err := a.Paths(ctx, from, to, PathOptions{})
		if err != nil && !errors.Is(err, ErrNoPath) {
			return err
		}
		return nil
	}
}
