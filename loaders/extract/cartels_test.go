package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestPlaceNamedCartels checks cartels named after a city in lower case.
func TestPlaceNamedCartels(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"H\nPolice arrested a Cali cartel accountant in Bogotá.", "Cali cartel", true},
		{"H\nThe old Medellín cartel once ruled the city.", "Medellín cartel", true},
		{"H\nMexican cartel members crossed the border.", "Mexican cartel", false},
	} {
		x := ex.Extract(article(c.text))
		if got := hasEntity(x, c.name, schema.Cartel); got != c.want {
			t.Errorf("Extract(%q) entities = %+v, want cartel %q: %v", c.text, x.Entities, c.name, c.want)
		}
	}
}

// TestSlashNames checks that two groups written with a slash are one.
func TestSlashNames(t *testing.T) {
	ex := newExtractor(t)
	text := "H\nTreasury sanctioned leaders of the Gulf Cartel/Cartel del Noreste network on Monday."
	x := ex.Extract(article(text))
	n := 0
	for _, e := range x.Entities {
		if e.Type == schema.Cartel {
			n++
		}
	}
	if n != 1 || !hasEntity(x, "Cartel del Noreste", schema.Cartel) {
		t.Errorf("Extract(%q) entities = %+v, want one cartel with both names", text, x.Entities)
	}
}
