package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph/ask"
)

func TestRecipesRun(t *testing.T) {
	store := bundledStore(t)
	list := runAsk(t, store, "recipes")
	rs, err := ask.Recipes()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		if !strings.Contains(list, r.Name) {
			t.Errorf("recipes listing lacks %s:\n%s", r.Name, list)
		}
	}
	for _, name := range []string{"neighbourhood", "who-said-what-about", "path", "agreement-network"} {
		if !strings.Contains(list, name) {
			t.Errorf("recipes listing lacks %s", name)
		}
	}

	// A filled recipe runs as it is printed and tags source and target.
	q := runAsk(t, store, "recipes", "path", "--arg", "from=Marco Rubio", "--arg", "to=Mexico")
	if !strings.Contains(q, `var from = "<ng:person/marco-rubio>", to = "<ng:government/mexico>"`) {
		t.Fatalf("recipes path did not fill its arguments:\n%s", q)
	}
	f, in, out, errOut := NewTestFactory("")
	f.Store = store
	in.WriteString(q)
	if code := Main([]string{"query", "-", "--json"}, f); code != 0 {
		t.Fatalf("query of the path recipe: exit %d: %s", code, errOut)
	}
	for _, want := range []string{`"source"`, `"target"`, `"@id": "ng:person/marco-rubio"`, `"@id": "ng:government/mexico"`} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("path recipe results lack %s:\n%s", want, out)
		}
	}

	f, _, _, errOut = NewTestFactory("")
	f.Store = store
	if code := Main([]string{"recipes", "path", "--arg", "from=Atlantis"}, f); code != 1 || !strings.Contains(errOut.String(), "no such entity") {
		t.Errorf("recipes path --arg from=Atlantis = exit %d, %q", code, errOut)
	}
}

// TestReadmeExampleQueries runs every Gizmo query of the README's "Example
// queries" section over the bundled articles and checks what the README
// says it returns.
func TestReadmeExampleQueries(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(b), "\n## Example queries\n")
	if !ok {
		t.Fatal("README has no Example queries section")
	}
	section, _, _ = strings.Cut(section, "\n## ")
	// What each query (found by a piece of its text) must return.
	want := map[string][]string{
		`In("<ng:saidBy>")`:                    {"The United States is not going to come to Mexico with their military", "ng:article/00-seed-mexico-us-cartels-txt"},
		`g.V("<ng:person/marco-rubio>")`:       {"ng:agreement/merida-initiative", "ng:agreement/security-agreement", "ng:agreement/tariff-deal", "ng:role/marco-rubio/secretary-of-state/united-states"},
		`g.V("<ng:government/united-states>")`: {"Marco Rubio", "secretary of state"},
		`g.V("<ng:government/mexico>")`:        {"Mérida Initiative", "security agreement", "tariff deal"},
		`Tag("source")`:                        {`"source"`, `"target"`, "ng:agreement/merida-initiative", "ng:agreement/central-american-free-trade-agreement"},
		`In('<ng:asserts>')`:                   {"ng:article/00-seed-mexico-us-cartels-txt"},
		`Out("<ng:asserts>")`:                  {"ng:inArticle", "ng:article/00-seed-mexico-us-cartels-txt"},
	}
	store := bundledStore(t)
	n := 0
	for _, line := range strings.Split(section, "\n") {
		q, ok := strings.CutPrefix(line, "    ")
		if !ok || !strings.HasPrefix(q, "g.") {
			continue
		}
		n++
		out := runAsk(t, store, "query", "--json", q)
		matched := false
		for key, wants := range want {
			if !strings.Contains(q, key) {
				continue
			}
			matched = true
			for _, w := range wants {
				if !strings.Contains(out, w) {
					t.Errorf("README query %s\nreturned no %q:\n%s", q, w, out)
				}
			}
		}
		if !matched {
			t.Errorf("README query %s has no expectation in this test", q)
		}
	}
	if n < 5 {
		t.Errorf("found %d README example queries, want at least 5", n)
	}
}
