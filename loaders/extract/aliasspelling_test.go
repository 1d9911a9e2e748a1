package extract

import (
	"slices"
	"testing"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestAliasKeepsDashSpelling checks that a name written with other dashes
// or apostrophes than the entity's own is kept as an alias, while one that
// differs only in case or white space is not.
func TestAliasKeepsDashSpelling(t *testing.T) {
	for _, c := range []struct {
		name, alias string
		want        bool
	}{
		{"Lima–Quito Border Accord", "Lima-Quito Border Accord", true},
		{"Ruiz’s Foundation", "Ruiz's Foundation", true},
		{"Lima–Quito Border Accord", "lima–quito  border accord", false},
		{"Lima-Quito Border Accord", "Lima-Quito Border Accord", false},
	} {
		e := &entity{name: c.name}
		e.alias(c.alias)
		if got := slices.Contains(e.aliases, c.alias); got != c.want {
			t.Errorf("entity %q alias(%q): aliases = %q, want kept %v", c.name, c.alias, e.aliases, c.want)
		}
	}
	ex := newExtractor(t)
	x := ex.Extract(article("H\nThe two presidents reviewed the United States-Mexico-Canada Agreement on Monday."))
	ok := false
	for _, e := range x.Entities {
		if e.Type == "Agreement" && (e.Name == "United States-Mexico-Canada Agreement" || slices.Contains(e.Aliases, "United States-Mexico-Canada Agreement")) {
			ok = true
		}
	}
	if !ok {
		t.Errorf("entities = %+v, want the agreement named as the text spells it (hyphens) by name or alias", x.Entities)
	}
}
