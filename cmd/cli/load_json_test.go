package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLoadJSON(t *testing.T) {
	type step struct {
		write    map[string]string // Files (re)written before the load.
		args     []string
		wantExit int
		want     LoadSummary // Quads, Added and Removed are not compared.
	}
	tests := []struct {
		name  string
		steps []step
	}{
		{
			name: "new, failed and skipped",
			steps: []step{{
				write: map[string]string{"d/a.txt": textArticle, "d/m.jsonl": jsonlGoodBad, "d/notes.md": "# notes"},
				args:  []string{"--json", "d"}, wantExit: 1,
				want: LoadSummary{Articles: 3, New: 3, Errors: 1, Skipped: 1,
					Written: []LoadedArticle{
						{ID: "a.txt", Source: "d/a.txt", Status: "new"},
						{ID: "j1", Source: "d/m.jsonl", Status: "new"},
						{ID: "j3", Source: "d/m.jsonl", Status: "new"},
					},
					Failed: []LoadFailure{{Source: "d/m.jsonl", Line: 2, Reason: "d/m.jsonl:2: bad JSON: invalid character '\\n' in string literal"}},
					Skips:  []LoadSkip{{Path: "d/notes.md", Reason: "documentation"}},
				},
			}},
		},
		{
			name: "unchanged, then replaced",
			steps: []step{
				{write: map[string]string{"a.txt": textArticle}, args: []string{"--json", "a.txt"},
					want: LoadSummary{Articles: 1, New: 1, Written: []LoadedArticle{{ID: "a.txt", Source: "a.txt", Status: "new"}},
						Failed: []LoadFailure{}, Skips: []LoadSkip{}}},
				{args: []string{"--json", "a.txt"},
					want: LoadSummary{Articles: 1, Unchanged: 1, Written: []LoadedArticle{{ID: "a.txt", Source: "a.txt", Status: "unchanged"}},
						Failed: []LoadFailure{}, Skips: []LoadSkip{}}},
				{write: map[string]string{"a.txt": "Rubio visits\nMarco Rubio met Claudia Sheinbaum in Mexico.\n"}, args: []string{"--json", "a.txt"},
					want: LoadSummary{Articles: 1, Replaced: 1, Written: []LoadedArticle{{ID: "a.txt", Source: "a.txt", Status: "replaced"}},
						Failed: []LoadFailure{}, Skips: []LoadSkip{}}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, _, output := nameFactory(t)
			dir := t.TempDir()
			t.Chdir(dir)
			for i, st := range tt.steps {
				for name, body := range st.write {
					if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				code := Main(append([]string{"load"}, st.args...), f)
				out, errOut := output()
				if code != st.wantExit {
					t.Errorf("step %d: load %v: exit %d, want %d; stderr:\n%s", i, st.args, code, st.wantExit, errOut)
				}
				var got LoadSummary
				if err := json.Unmarshal([]byte(out), &got); err != nil {
					t.Fatalf("step %d: load %v: stdout is not JSON: %v\n%s", i, st.args, err, out)
				}
				got.Quads, got.Added, got.Removed = 0, 0, 0
				for k := range got.Written {
					if got.Written[k].Quads == 0 {
						t.Errorf("step %d: article %s written with no quads", i, got.Written[k].ID)
					}
					got.Written[k].Quads, got.Written[k].Added, got.Written[k].Removed = 0, 0, 0
				}
				if diff := cmp.Diff(st.want, got); diff != "" {
					t.Errorf("step %d: load %v summary (-want +got):\n%s", i, st.args, diff)
				}
			}
		})
	}
}
