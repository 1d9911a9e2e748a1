package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph/ask"
)

func TestEntityRun(t *testing.T) {
	store := bundledStore(t)
	var c ask.Card
	if err := json.Unmarshal([]byte(runAsk(t, store, "entity", "Sheinbaum", "--json")), &c); err != nil {
		t.Fatal(err)
	}
	if c.Entity.IRI != "ng:person/claudia-sheinbaum" || c.Entity.Type != "Person" {
		t.Fatalf("entity Sheinbaum = %+v", c.Entity)
	}
	// "Mexico's president, Claudia Sheinbaum"
	var president bool
	for _, r := range c.Roles {
		president = president || (r.Title == "president" && r.Org.IRI == "ng:government/mexico" && !r.Former)
	}
	if !president {
		t.Errorf("Sheinbaum's roles = %+v, want president of Mexico", c.Roles)
	}
	// Both of her quotes in the seed's second paragraph.
	for _, quote := range []string{
		"The United States is not going to come to Mexico with their military",
		"We cooperate, we collaborate, but there will be no invasion.",
	} {
		found := false
		for _, s := range c.Said {
			found = found || strings.HasPrefix(s.Text, quote)
		}
		if !found {
			t.Errorf("Sheinbaum's statements lack %q: %+v", quote, c.Said)
		}
	}

	text := runAsk(t, store, "entity", "Claudia Sheinbaum")
	for _, want := range []string{"Claudia Sheinbaum (Person)", "president of Mexico (current)", "“The United States is not going to come to Mexico with their military”", "ng:article/00-seed-mexico-us-cartels-txt"} {
		if !strings.Contains(text, want) {
			t.Errorf("entity output lacks %q:\n%s", want, text)
		}
	}
}

func TestListCommandsRun(t *testing.T) {
	store := bundledStore(t)
	for _, tt := range []struct {
		args []string
		want []string
	}{
		// "US secretary of state Marco Rubio said ... “other elements of American power”"
		{[]string{"statements", "--by", "Rubio"}, []string{"Marco Rubio: “other elements of American power”", "(2 statements)"}},
		// "Past cooperation, such as the Mérida Initiative" between Mexico and Washington.
		{[]string{"agreements", "--party", "Mexico"}, []string{"Mérida Initiative", "Mexico, United States"}},
		{[]string{"search", "MERIDA"}, []string{"Mérida Initiative", "<ng:agreement/merida-initiative>"}},
		{[]string{"search", "shein"}, []string{"Claudia Sheinbaum", "Person"}},
	} {
		out := runAsk(t, store, tt.args...)
		for _, w := range tt.want {
			if !strings.Contains(out, w) {
				t.Errorf("newsgraph %v output lacks %q:\n%s", tt.args, w, out)
			}
		}
	}
}
