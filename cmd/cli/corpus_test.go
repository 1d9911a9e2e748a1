package cli

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/loaders/eval"
)

func TestNewCorpusCmd(t *testing.T) {
	defaults := CorpusOptions{Articles: 1000, Seed: 1, PerDay: 40}
	tests := []struct {
		name    string
		args    []string
		want    CorpusOptions
		wantErr bool
	}{
		{"defaults", nil, defaults, false},
		{"all flags", []string{"--articles", "10000", "--seed", "42", "--out", "c.jsonl", "--gold", "gold", "--start", "2024-06-01", "--per-day", "100"},
			CorpusOptions{Articles: 10000, Seed: 42, Out: "c.jsonl", Gold: "gold", Start: "2024-06-01", PerDay: 100}, false},
		{"short flags", []string{"-n", "5", "-o", "-"}, CorpusOptions{Articles: 5, Seed: 1, Out: "-", PerDay: 40}, false},
		{"negative seed", []string{"--seed", "-3"}, CorpusOptions{Articles: 1000, Seed: -3, PerDay: 40}, false},
		{"argument", []string{"extra"}, CorpusOptions{}, true},
		{"not a number", []string{"--articles", "many"}, CorpusOptions{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, _, _, _ := NewTestFactory("memory")
			var got *CorpusOptions
			cmd := NewCorpusCmd(f, func(o *CorpusOptions) error { got = o; return nil })
			cmd.SetArgs(tt.args)
			cmd.SetOut(f.IO.Out)
			cmd.SetErr(f.IO.ErrOut)
			err := cmd.Execute()
			if (err != nil) != tt.wantErr {
				t.Fatalf("corpus %v: err = %v, wantErr %v", tt.args, err, tt.wantErr)
			}
			if tt.wantErr {
				return
			}
			got.Factory = nil
			if diff := cmp.Diff(tt.want, *got); diff != "" {
				t.Errorf("corpus %v options (-want +got):\n%s", tt.args, diff)
			}
		})
	}
}

func TestCorpusRun(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "c.jsonl")
	gold := filepath.Join(dir, "gold")

	// to a file, with gold
	f, _, stdout, stderr := NewTestFactory("memory")
	opts := &CorpusOptions{Factory: f, Articles: 12, Seed: 9, Out: out, Gold: gold, PerDay: 5}
	if err := corpusRun(t.Context(), opts); err != nil {
		t.Fatalf("corpusRun(%+v): %v", *opts, err)
	}
	if stdout.Len() != 0 {
		t.Errorf("corpus --out wrote %d bytes to stdout", stdout.Len())
	}
	file, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	wantSummary := "wrote 12 articles, " + itoa(len(file)) + " bytes"
	if !strings.HasPrefix(stderr.String(), wantSummary) || strings.Count(stderr.String(), "\n") != 1 {
		t.Errorf("corpus summary = %q, want one line starting %q", stderr.String(), wantSummary)
	}
	n := 0
	for a, err := range loaders.Read(out) {
		if err != nil {
			t.Fatalf("loaders.Read(%s): %v", out, err)
		}
		if a.Published.Day() != 6+n/5 {
			t.Errorf("%s published %v, want day %d at 5 a day", a.ID, a.Published, 6+n/5)
		}
		n++
	}
	if n != 12 {
		t.Errorf("read %d articles back, want 12", n)
	}
	golds, _ := filepath.Glob(filepath.Join(gold, "*.gold.json"))
	texts, _ := filepath.Glob(filepath.Join(gold, "*.txt"))
	if len(golds) != 12 || len(texts) != 12 {
		t.Errorf("gold directory has %d gold files and %d texts, want 12 of each", len(golds), len(texts))
	}
	// the gold directory is what eval scores
	ex, err := f.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	r, err := eval.ScoreDir(gold, ex)
	if err != nil {
		t.Fatalf("eval.ScoreDir(%s): %v", gold, err)
	}
	if len(r.Articles) != 12 || r.Field("entities").F1() < 0.9 || r.Field("statements").F1() < 0.9 {
		t.Errorf("eval of the gold directory:\n%s", r.Table())
	}

	// to stdout: the same bytes
	f2, _, stdout2, stderr2 := NewTestFactory("memory")
	if err := corpusRun(t.Context(), &CorpusOptions{Factory: f2, Articles: 12, Seed: 9, Out: "-", PerDay: 5}); err != nil {
		t.Fatalf("corpusRun to stdout: %v", err)
	}
	if !bytes.Equal(stdout2.Bytes(), file) {
		t.Errorf("corpus to stdout differs from corpus --out (%d and %d bytes)", stdout2.Len(), len(file))
	}
	if !strings.Contains(stderr2.String(), "to stdout") {
		t.Errorf("corpus summary = %q, want it to name stdout", stderr2.String())
	}
}

func TestCorpusRunErrors(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		name     string
		opts     CorpusOptions
		flagErr  bool
		contains string
	}{
		{"negative count", CorpusOptions{Articles: -1, PerDay: 40}, true, "--articles"},
		{"zero a day", CorpusOptions{Articles: 1, PerDay: 0}, true, "--per-day"},
		{"bad start", CorpusOptions{Articles: 1, PerDay: 40, Start: "March 4"}, true, "--start"},
		{"output in a missing directory", CorpusOptions{Articles: 1, PerDay: 40, Out: filepath.Join(dir, "no", "c.jsonl")}, false, "corpus output"},
		{"gold under a file", CorpusOptions{Articles: 1, PerDay: 40, Out: "-", Gold: filepath.Join(dir, "file", "gold")}, false, "gold directory"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if err := os.WriteFile(filepath.Join(dir, "file"), nil, 0o644); err != nil {
				t.Fatal(err)
			}
			f, _, _, _ := NewTestFactory("memory")
			opts := tt.opts
			opts.Factory = f
			err := corpusRun(t.Context(), &opts)
			if err == nil {
				t.Fatalf("corpusRun(%+v) = nil, want an error", tt.opts)
			}
			var fe *FlagError
			if errors.As(err, &fe) != tt.flagErr || !strings.Contains(err.Error(), tt.contains) {
				t.Errorf("corpusRun(%+v) = %v (usage error %v), want one mentioning %q (usage error %v)",
					tt.opts, err, errors.As(err, &fe), tt.contains, tt.flagErr)
			}
		})
	}
}

// TestCorpusMain runs the command through Main, as the binary does.
func TestCorpusMain(t *testing.T) {
	f, _, out, errOut := NewTestFactory("memory")
	if code := Main([]string{"corpus", "--articles", "2"}, f); code != exitOK {
		t.Fatalf("newsgraph corpus --articles 2 exited %d: %s", code, errOut)
	}
	if lines := strings.Count(out.String(), "\n"); lines != 2 {
		t.Errorf("newsgraph corpus --articles 2 wrote %d lines, want 2", lines)
	}
	f, _, _, errOut = NewTestFactory("memory")
	if code := Main([]string{"corpus", "--articles", "-2"}, f); code != exitUsage {
		t.Errorf("newsgraph corpus --articles -2 exited %d, want %d (usage): %s", code, exitUsage, errOut)
	}
}
