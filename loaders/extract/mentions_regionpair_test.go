package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestRegionPairRemit checks that a body whose remit is two regions joined
// by "and the" keeps both in its name, also before a title and a person,
// while a name after "and the" that runs on past the region is another
// body. All copy is invented.
func TestRegionPairRemit(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, agency string
		typ                schema.EntityType
		want               bool
	}{
		{"two regions", "H\nThe Regional Office for Central America and the Caribbean opened a branch in Lima on Monday.",
			"Regional Office for Central America and the Caribbean", schema.Agency, true},
		{"before a title and name", "H\nOn Monday, Bureau for Europe and the Middle East Deputy Director Ana Ruiz visited Lima.",
			"Bureau for Europe and the Middle East", schema.Agency, true},
		{"another name runs on", "H\nThe Office for Latin America and the Caribbean Coast Guard met in Lima on Monday.",
			"Office for Latin America and the Caribbean Coast Guard", schema.Agency, false},
		{"a country is no region", "H\nThe Bureau for Peru and the United States met in Lima on Monday.",
			"Bureau for Peru and the United States", schema.Agency, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if got := hasEntity(x, c.agency, c.typ); got != c.want {
				t.Errorf("Extract(%q): agency %q %v, want %v (%+v)", c.text, c.agency, got, c.want, x.Entities)
			}
		})
	}
}
