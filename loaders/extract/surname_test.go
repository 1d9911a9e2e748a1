package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestCountrySurnames checks that a country's name after a given name or
// right after a title ("Deputy Attorney General Chile") is a surname, and
// a country elsewhere stays a government.
func TestCountrySurnames(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, name string
		typ        schema.EntityType
	}{
		{"H\nDeputy Minister Laura Chile met the delegation in Quito.", "Laura Chile", schema.Person},
		{"H\nTalks between Ana Ruiz and Peru resumed on Monday.", "Peru", schema.Government},
		{"H\nI am joined today by Deputy Attorney General Chile, Director Ruiz and others.", "Chile", schema.Person},
		{"H\nThe hearing was opened by Commissioner Peru.", "Peru", schema.Person},
		{"H\nThe minister flew to Lima, where President Obando welcomed Peru's delegation.", "Peru", schema.Government},
		{"H\nThe Attorney General of Peru met the Ambassador, Chile's envoy.", "Peru", schema.Government},
	} {
		x := ex.Extract(article(c.text))
		if !hasEntity(x, c.name, c.typ) {
			t.Errorf("Extract(%q) entities = %+v, want %s %q", c.text, x.Entities, c.typ, c.name)
		}
	}
}
