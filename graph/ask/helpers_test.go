package ask

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/ask/asktest"
)

var (
	goldOnce sync.Once
	goldDir  string
	gold     *graph.Store
	goldErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if gold != nil {
		gold.Close()
	}
	if goldDir != "" {
		os.RemoveAll(goldDir)
	}
	os.Exit(code)
}

// goldStore returns a bolt store in a temp dir holding every bundled
// article with its gold extraction from data/eval. Tests share it and only
// read it.
func goldStore(tb testing.TB) *graph.Store {
	tb.Helper()
	goldOnce.Do(func() {
		goldDir, goldErr = os.MkdirTemp("", "ask-gold-")
		if goldErr == nil {
			gold, goldErr = asktest.Load(filepath.Join(goldDir, "gold.db"), "../../data/articles", asktest.Gold{Dir: "../../data/eval"})
		}
	})
	if goldErr != nil {
		tb.Fatal(goldErr)
	}
	return gold
}
