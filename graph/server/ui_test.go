package server

import (
	"io/fs"
	"testing"

	"github.com/cayleygraph/cayley/ui"
)

// TestUIRewrites checks that every edit of the Cayley UI bundle applies:
// exactly once, or at least once for an edit of every occurrence. A new
// Cayley bundle that no longer matches fails here, not in a browser.
func TestUIRewrites(t *testing.T) {
	web, err := fs.Sub(ui.FS, "web")
	if err != nil {
		t.Fatal(err)
	}
	total := make([]int, len(uiEdits))
	err = fs.WalkDir(web, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(web, name)
		if err != nil {
			return err
		}
		_, n := rewrite(name, b)
		for i := range n {
			total[i] += n[i]
		}
		return nil
	})
	if err != nil {
		t.Fatalf("walk the Cayley UI: %v", err)
	}
	for i, e := range uiEdits {
		if total[i] == 0 || (!e.all && total[i] != 1) {
			t.Errorf("edit %q in %s applied %d times, want %s", e.old, e.file, total[i], map[bool]string{true: "at least once", false: "once"}[e.all])
		}
	}
}
