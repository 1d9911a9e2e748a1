package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestCabinetTitlePortfolio checks that a ministry named only as the
// portfolio of a cabinet title ("Secretary of the Navy X") is no entity of
// its own, and is one when the text names it elsewhere too.
func TestCabinetTitlePortfolio(t *testing.T) {
	ex := newExtractor(t)
	const lead = "Mexico and Peru Meet\n\nMEXICO CITY — The Mexican delegation included Secretary of the Navy Luis Bravo and Foreign Secretary Ana Ruiz."
	for _, c := range []struct {
		name, text string
		want       bool
	}{
		{"only in the title", lead + " The Peruvian delegation included Foreign Minister Tom Paz.", false},
		{"named elsewhere too", lead + " The Navy seized a boat last week.", true},
	} {
		x := ex.Extract(article(c.text))
		if got := hasNamed(x, "Secretariat of the Navy", schema.Agency); got != c.want {
			t.Errorf("%s: Extract(%q) has the navy's ministry = %v, want %v (entities %+v)", c.name, c.text, got, c.want, x.Entities)
		}
		if !hasRole(x, "Luis Bravo", "Mexico") {
			t.Errorf("%s: Extract(%q) roles = %+v, want Luis Bravo at Mexico", c.name, c.text, x.Roles)
		}
	}
}
