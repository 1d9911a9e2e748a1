package cli

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNewExtractCmd(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		want    ExtractOptions
		wantErr bool
	}{
		{"summary", []string{"a.txt"}, ExtractOptions{File: "a.txt", MaxArticleBytes: 2 << 20}, false},
		{"json", []string{"a.txt", "--json"}, ExtractOptions{File: "a.txt", JSON: true, MaxArticleBytes: 2 << 20}, false},
		{"explain", []string{"a.txt", "--explain"}, ExtractOptions{File: "a.txt", Explain: true, MaxArticleBytes: 2 << 20}, false},
		{"rules", []string{"--rules"}, ExtractOptions{Rules: true, MaxArticleBytes: 2 << 20}, false},
		{"rules and a file", []string{"a.txt", "--rules"}, ExtractOptions{}, true},
		{"max article bytes", []string{"a.txt", "--max-article-bytes=100"}, ExtractOptions{File: "a.txt", MaxArticleBytes: 100}, false},
		{"negative max article bytes", []string{"a.txt", "--max-article-bytes=-1"}, ExtractOptions{}, true},
		{"no file", nil, ExtractOptions{}, true},
		{"two files", []string{"a.txt", "b.txt"}, ExtractOptions{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, _, _, _ := NewTestFactory("memory")
			var got *ExtractOptions
			cmd := NewExtractCmd(f, func(o *ExtractOptions) error { got = o; return nil })
			cmd.SetArgs(tt.args)
			cmd.SetOut(f.IO.Out)
			cmd.SetErr(f.IO.ErrOut)
			err := cmd.Execute()
			if (err != nil) != tt.wantErr {
				t.Fatalf("extract %v: err = %v, wantErr %v", tt.args, err, tt.wantErr)
			}
			if tt.wantErr {
				return
			}
			got.Factory = nil
			if diff := cmp.Diff(tt.want, *got); diff != "" {
				t.Errorf("extract %v options (-want +got):\n%s", tt.args, diff)
			}
		})
	}
}

func writeArticle(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const cliArticle = "Mexico rejects raids\nMexico’s president, Claudia Sheinbaum, spoke on Friday.\n“There will be no invasion of Mexico,” Sheinbaum said.\n"

func TestExtractRun(t *testing.T) {
	dir := t.TempDir()
	p := writeArticle(t, dir, "a.txt", cliArticle)
	tests := []struct {
		name    string
		opts    ExtractOptions
		want    []string
		wantErr bool
	}{
		{"summary", ExtractOptions{File: p}, []string{"Entities (", "Person       Claudia Sheinbaum (Sheinbaum)",
			"Claudia Sheinbaum: president, Mexico", "Claudia Sheinbaum: “There will be no invasion of Mexico”"}, false},
		{"json", ExtractOptions{File: p, JSON: true}, []string{`"article": "a.txt"`, `"speaker": "Claudia Sheinbaum"`,
			`"quote": "There will be no invasion of Mexico"`}, false},
		{"rules", ExtractOptions{Rules: true}, []string{"role/apposition ", "relation/verb: ", "statement/transcript-turn "}, false},
		{"missing file", ExtractOptions{File: filepath.Join(dir, "nope.txt")}, nil, true},
		{"over --max-article-bytes", ExtractOptions{File: p, MaxArticleBytes: 20}, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, _, out, _ := NewTestFactory("memory")
			tt.opts.Factory = f
			err := extractRun(&tt.opts)
			if (err != nil) != tt.wantErr {
				t.Fatalf("extractRun: err = %v, wantErr %v", err, tt.wantErr)
			}
			for _, w := range tt.want {
				if !strings.Contains(out.String(), w) {
					t.Errorf("extractRun output lacks %q:\n%s", w, out.String())
				}
			}
		})
	}
}

func TestNewEvalCmd(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		want    EvalOptions
		wantErr bool
	}{
		{"plain", []string{"data/eval"}, EvalOptions{Dirs: []string{"data/eval"}}, false},
		{"several", []string{"data/real/dev", "data/eval"}, EvalOptions{Dirs: []string{"data/real/dev", "data/eval"}}, false},
		{"verbose", []string{"data/eval", "--verbose"}, EvalOptions{Dirs: []string{"data/eval"}, Verbose: true}, false},
		{"no dir", nil, EvalOptions{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, _, _, _ := NewTestFactory("memory")
			var got *EvalOptions
			cmd := NewEvalCmd(f, func(o *EvalOptions) error { got = o; return nil })
			cmd.SetArgs(tt.args)
			cmd.SetOut(f.IO.Out)
			cmd.SetErr(f.IO.ErrOut)
			err := cmd.Execute()
			if (err != nil) != tt.wantErr {
				t.Fatalf("eval %v: err = %v, wantErr %v", tt.args, err, tt.wantErr)
			}
			if tt.wantErr {
				return
			}
			got.Factory = nil
			if diff := cmp.Diff(tt.want, *got); diff != "" {
				t.Errorf("eval %v options (-want +got):\n%s", tt.args, diff)
			}
		})
	}
}

func TestEvalRun(t *testing.T) {
	dir := t.TempDir()
	writeArticle(t, dir, "a.txt", cliArticle)
	writeArticle(t, dir, "a.gold.json", `{"article": "a.txt",
 "entities": [{"name": "Claudia Sheinbaum", "type": "Person", "aliases": ["Sheinbaum"]}, {"name": "Mexico", "type": "Government"}],
 "roles": [{"person": "Claudia Sheinbaum", "title": "president", "org": "Mexico"}],
 "statements": [{"speaker": "Claudia Sheinbaum", "quote": "There will be no invasion of Mexico"}],
 "agreements": [], "relations": []}`)
	bad := t.TempDir()
	writeArticle(t, bad, "b.gold.json", `{"article": "missing.txt"}`)
	// A real set: its SOURCES.md gives each article's genre.
	real := t.TempDir()
	writeArticle(t, real, "r.txt", cliArticle)
	writeArticle(t, real, "r.gold.json", `{"article": "r.txt", "published": "2025-03-13",
 "entities": [{"name": "Claudia Sheinbaum", "type": "Person", "aliases": ["Sheinbaum"]}],
 "roles": [], "statements": [], "agreements": [],
 "relations": [{"subject": "Claudia Sheinbaum", "predicate": "rejected", "object": "United States"}]}`)
	writeArticle(t, real, "SOURCES.md", "# Sources\n\n| file | publisher | genre |\n|---|---|---|\n| r.txt | a wire | wire |\n")
	// An article past the extractor's quotation limit: scored as empty, and named.
	over := t.TempDir()
	writeArticle(t, over, "q.txt", "Quotes\n\n"+strings.Repeat("“Yes,” she said. ", 10001))
	writeArticle(t, over, "q.gold.json", `{"article": "q.txt", "entities": [], "roles": [], "statements": [], "agreements": [], "relations": []}`)
	tests := []struct {
		name    string
		opts    EvalOptions
		want    []string
		wantErr bool
	}{
		{"table", EvalOptions{Dirs: []string{dir}}, []string{"1 articles (written)", "statements      1.000     1.000     1.000      1      1"}, false},
		{"verbose", EvalOptions{Dirs: []string{dir}, Verbose: true}, []string{"== a.txt  entities 1.00"}, false},
		{"real and written apart, real by genre", EvalOptions{Dirs: []string{real, dir}},
			[]string{"1 articles (real)", "by genre (F1):", "\nwire                1 ", "relations", "published",
				"== all real published text: 1 articles", "== all text written for the project: 1 articles"}, false},
		{"totals by genre and predicate", EvalOptions{Dirs: []string{real, dir}, ByPredicate: true},
			[]string{"== all real published text: 1 articles\nfield",
				// Only the real total runs from its genre table through its predicates to the written total.
				"\nwire                1      0.667      0.000      0.000          -          -      0.000      0.000\n\n" +
					"relations by predicate:\npredicate        precision    recall        F1    got   gold\n" +
					"rejected             0.000     0.000     0.000      0      1\n\n== all text written for the project"}, false},
		{"missing article", EvalOptions{Dirs: []string{bad}}, nil, true},
		{"extractor failure named", EvalOptions{Dirs: []string{over}, Verbose: true},
			[]string{"the extractor failed on 1 articles (scored as extracting nothing):\n  " + filepath.Join(over, "q.txt") + ": ",
				"quotations", "== q.txt  entities", "  ! extractor failed: "}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, _, out, _ := NewTestFactory("memory")
			tt.opts.Factory = f
			err := evalRun(&tt.opts)
			if (err != nil) != tt.wantErr {
				t.Fatalf("evalRun: err = %v, wantErr %v", err, tt.wantErr)
			}
			for _, w := range tt.want {
				if !strings.Contains(out.String(), w) {
					t.Errorf("evalRun output lacks %q:\n%s", w, out.String())
				}
			}
		})
	}
}

var updateGolden = flag.Bool("update", false, "rewrite golden files in testdata/")

// TestExtractExplainGolden runs `extract --explain` on a small invented
// article: every fact with the rule that produced it and the words it
// matched.
func TestExtractExplainGolden(t *testing.T) {
	f, _, out, _ := NewTestFactory("memory")
	opts := ExtractOptions{Factory: f, File: filepath.Join("testdata", "explain-article.txt"), Explain: true, MaxArticleBytes: 2 << 20}
	if err := extractRun(&opts); err != nil {
		t.Fatalf("extractRun: %v", err)
	}
	golden := filepath.Join("testdata", "explain-article.golden")
	if *updateGolden {
		if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (go test ./cmd/cli -run TestExtractExplainGolden -update writes it)", err)
	}
	if diff := cmp.Diff(string(want), out.String()); diff != "" {
		t.Errorf("extract --explain (-want +got):\n%s", diff)
	}
	// --explain with --json: the extraction and its reasons
	f, _, out, _ = NewTestFactory("memory")
	opts = ExtractOptions{Factory: f, File: filepath.Join("testdata", "explain-article.txt"), Explain: true, JSON: true, MaxArticleBytes: 2 << 20}
	if err := extractRun(&opts); err != nil {
		t.Fatalf("extractRun --json: %v", err)
	}
	for _, w := range []string{`"extraction": {`, `"reasons": [`, `"rule": "role/apposition"`} {
		if !strings.Contains(out.String(), w) {
			t.Errorf("extract --explain --json lacks %s:\n%s", w, out.String())
		}
	}
}
