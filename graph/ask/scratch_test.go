package ask

import (
	"context"
	"encoding/json"
	"testing"
)

func TestScratch(t *testing.T) {
	a := New(goldStore(t))
	ctx := context.Background()
	p, err := a.Paths(ctx, "Marco Rubio", "Sheinbaum", PathOptions{})
	b, _ := json.MarshalIndent(p, "", " ")
	t.Logf("%v\n%s", err, b)
	c, err := a.Entity(ctx, "Sheinbaum")
	b, _ = json.MarshalIndent(c, "", " ")
	t.Logf("%v\n%s", err, b)
	_, err = a.Resolve(ctx, "president")
	t.Log(err)
	h, err := a.Search(ctx, "uni", 0)
	t.Log(h, err)
	ags, err := a.Agreements(ctx, "Mexico", 0)
	t.Log(ags, err)
}
