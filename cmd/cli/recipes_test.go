package cli

import (
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
