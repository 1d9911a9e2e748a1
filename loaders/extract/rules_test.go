package extract

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// ruleLiteral is a string literal naming a rule (or a family of rules).
var ruleLiteral = regexp.MustCompile(`^(published|entity|agreement|agreement-party|role|statement|relation)/[a-z:-]*$`)

// TestRulesRegistered checks that every rule name written in the
// extractor's code is in rules (rules.go), so that list stays the one
// place to read what the extractor knows, and that no rule is listed twice.
func TestRulesRegistered(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := gotoken.NewFileSet()
	used := map[string]bool{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") || f == "rules.go" {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(af, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != gotoken.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil || !ruleLiteral.MatchString(s) || strings.HasSuffix(s, "/") {
				return true // "relation/" + kind: built from the literals of a family
			}
			used[s] = true
			if !ruleKnown(s) && !(strings.HasSuffix(s, ":") && ruleKnown(s+"x")) {
				t.Errorf("%s: rule %q is not in rules (rules.go)", fset.Position(lit.Pos()), s)
			}
			return true
		})
	}
	if len(used) < 50 {
		t.Errorf("only %d rule names found in the code", len(used))
	}
	seen := map[string]bool{}
	for _, r := range rules {
		if seen[r.Name] {
			t.Errorf("rule %q listed twice", r.Name)
		}
		seen[r.Name] = true
		if r.Doc == "" {
			t.Errorf("rule %q has no doc", r.Name)
		}
	}
}

// TestExplainRulesKnown checks that every reason Explain gives on the
// invented copy of explain_test.go names a rule of rules.
func TestExplainRulesKnown(t *testing.T) {
	ex := newExtractor(t)
	for _, text := range []string{explainAccord, explainGang, explainTranscript} {
		_, why, err := ex.Explain(article(text))
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range why {
			if !ruleKnown(r.Rule) {
				t.Errorf("%s %d: rule %q is not in rules (rules.go)", r.Kind, r.Index, r.Rule)
			}
		}
	}
}
