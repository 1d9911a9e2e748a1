package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestGivenNameGangHead checks that "Mara", a given name that also heads
// gangs' names, opens a person's name unless the sentence calls it a group,
// and that the gazetteer's gangs written with it stay gangs.
func TestGivenNameGangHead(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"a person named Mara",
			"H\nThe minister met with Mara Quintero and Luis Soto on Tuesday.", []string{"Mara Quintero"}, nil},
		{"a known gang",
			"H\nPolice arrested three members of the Mara Salvatrucha in the port.", []string{"MS-13"}, nil},
		{"a gang the sentence calls one",
			"H\nMara Tres Rios, a gang of the eastern valley, took the port.", []string{"Mara Tres Rios"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) { checkEntityNames(t, ex, c.text, c.want, c.not) })
	}
	x := ex.Extract(article("H\nThe minister met with Mara Quintero on Tuesday."))
	if !hasEntity(x, "Mara Quintero", schema.Person) {
		t.Errorf("Mara Quintero is no person: %+v", x.Entities)
	}
	x = ex.Extract(article("H\nMara Tres Rios, a gang of the eastern valley, took the port."))
	if !hasEntity(x, "Mara Tres Rios", schema.Cartel) {
		t.Errorf("Mara Tres Rios is no criminal group: %+v", x.Entities)
	}
}
