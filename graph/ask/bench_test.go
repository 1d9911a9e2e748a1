package ask

import (
	"context"
	"testing"
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
