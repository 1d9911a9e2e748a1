package cli

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestRenderRun(t *testing.T) {
	if _, err := exec.LookPath("dot"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("Graphviz's dot is missing under CI=true; .ci/run installs the graphviz package")
		}
		t.Skip("Graphviz's dot is not installed (apt-get install graphviz)")
	}
	store := bundledStore(t)
	dir := t.TempDir()
	for _, tt := range []struct {
		file  string
		check func(b []byte) bool
	}{
		{"sheinbaum.svg", func(b []byte) bool {
			s := string(b)
			return strings.Contains(s, "<svg") && strings.Contains(s, "Claudia Sheinbaum") && strings.Contains(s, "Mexico")
		}},
		{"sheinbaum.png", func(b []byte) bool { return strings.HasPrefix(string(b), "\x89PNG") }},
	} {
		out := filepath.Join(dir, tt.file)
		runAsk(t, store, "render", "Sheinbaum", "--out", out)
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if !tt.check(b) {
			t.Errorf("render --out %s wrote %d bytes that are not the expected drawing: %.200q", tt.file, len(b), b)
		}
	}
}

func TestRenderWithoutDot(t *testing.T) {
	f, _, _, _ := NewTestFactory("memory")
	err := renderRun(context.Background(), &RenderOptions{Factory: f, Name: "x", Out: filepath.Join(t.TempDir(), "x.svg"), Hops: 2, Dot: "/nonexistent/dot"})
	if !errors.Is(err, ErrNoGraphviz) {
		t.Errorf("render with no dot: error %v, want ErrNoGraphviz", err)
	}
}
