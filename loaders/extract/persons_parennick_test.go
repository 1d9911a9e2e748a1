package extract

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestParenNickname checks that a short given name in parentheses inside
// a name is the person's alias, and that the name runs on past it.
func TestParenNickname(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, person, alias string
	}{
		{"nickname inside a titled name", "Envoy Visits Lima\n\nThe party included Deputy Envoy Antonio (Tony) Reyes and Chief of Staff Ana Sol. Reyes met police.",
			"Antonio Reyes", "Tony"},
		{"nickname, name then 'and' and a body", "Visit Ends\n\nThe visit ended. Guillermo (Memo) Fuentes and Navy Command officers left.",
			"Guillermo Fuentes", "Memo"},
	} {
		x := ex.Extract(article(c.text))
		found := false
		for _, e := range x.Entities {
			if e.Name == c.person && e.Type == schema.Person && slices.Contains(e.Aliases, c.alias) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: Extract(%q) entities = %+v, want person %q alias %q", c.name, c.text, x.Entities, c.person, c.alias)
		}
	}
	x := ex.Extract(article("Talks Open\n\nJuan (Peru) Lopez said no."))
	for _, e := range x.Entities {
		if e.Name == "Juan Lopez" {
			t.Errorf("Extract with a country in parentheses: entities = %+v, want no Juan Lopez", x.Entities)
		}
	}
}
