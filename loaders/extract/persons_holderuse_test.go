package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestHolderUse checks that the surname of an office holder the gazetteer
// lists, written alone as a name of its own (a possessive of a lower-case
// noun, the subject of an auxiliary), names that holder when the article
// names the holder's state, and that a surname modifying a noun, a
// surname in another state's article, and a compound do not. The copy is
// invented; the holders are the gazetteer's general list.
func TestHolderUse(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, person string
		want               bool
	}{
		{"possessive", "H\nVenezuelan exiles in Miami rallied on Sunday against Maduro’s hold on the courts.", "Nicolás Maduro", true},
		{"auxiliary subject", "H\nOfficials in El Salvador said the plan was ready. Bukele has not commented on the prison transfer.", "Nayib Bukele", true},
		{"modifier of a noun", "H\nVenezuelan exiles in Miami rallied on Sunday against the Maduro regime and its courts.", "Nicolás Maduro", false},
		{"possessive of the administration", "H\nFarmers in El Salvador asked about Bukele’s administration and the new tariffs.", "Nayib Bukele", false},
		{"state not named", "H\nThe port authority said Bukele’s warehouse on the river had flooded twice.", "Nayib Bukele", false},
		{"compound", "H\nNicaraguan exiles in Costa Rica protested the Ortega-Murillo government's new law.", "Daniel Ortega", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if got := hasEntity(x, c.person, schema.Person); got != c.want {
				t.Errorf("Extract(%q): person %q %v, want %v (%+v)", c.text, c.person, got, c.want, x.Entities)
			}
		})
	}
}

// TestHolderOnlyPossessed checks that a holder named only through
// possessives is no party of the act a verb names on what is the holder's
// ("met with Maduro’s envoy"), while a holder the text also names as a
// clause's own subject keeps the relations read. The copy is invented.
func TestHolderOnlyPossessed(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want       bool
	}{
		{"only possessed", "H\nWASHINGTON – Senator Ana Pell of the United States met with Maduro’s envoy in Caracas, Venezuela.", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			got := false
			for _, r := range x.Relations {
				if r.Subject == "Nicolás Maduro" || r.Object == "Nicolás Maduro" {
					got = true
				}
			}
			if got != c.want {
				t.Errorf("Extract(%q): a relation of Nicolás Maduro %v, want %v (%+v)", c.text, got, c.want, x.Relations)
			}
			if !hasEntity(x, "Nicolás Maduro", schema.Person) {
				t.Errorf("Extract(%q): no person Nicolás Maduro (%+v)", c.text, x.Entities)
			}
		})
	}
}
