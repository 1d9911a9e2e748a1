package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestRegionDeskTitles: "Head of the Unit for Central America" is a
// title whose desk is no body: the post is in the government, no entity
// is made of the desk, and its head leads nothing.
func TestRegionDeskTitles(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "a desk for a region in a delegation list",
			text:   "H\nChile was represented by Foreign Minister Ana Vela Rojas; and Tomas Herrera Ruiz, Head of the Unit for Central America.",
			person: "Tomas Herrera Ruiz", org: "Chile"},
		{name: "the desk is no body",
			text:   "H\nChile was represented by Foreign Minister Ana Vela Rojas; and Tomas Herrera Ruiz, Head of the Unit for Central America.",
			person: "Tomas Herrera Ruiz", org: "Unit for Central America", neg: true},
	})
	checkRelCases(t, []relCase{
		{"the desk's head leads nothing",
			"H\nChile was represented by Foreign Minister Ana Vela Rojas; and Tomas Herrera Ruiz, Head of the Unit for Central America.",
			nil, []string{"Tomas Herrera Ruiz|leads|Unit for Central America"}},
	})
	ex := newExtractor(t)
	x := ex.Extract(article("H\nTomas Herrera Ruiz, Head of the Unit for North America, spoke."))
	for _, e := range x.Entities {
		if e.Name == "Unit for North America" {
			t.Errorf("Extract: entity %+v, want no entity for a region's desk", e)
		}
	}
}
