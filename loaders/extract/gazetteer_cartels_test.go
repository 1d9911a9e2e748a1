package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestHistoricColombianCartels checks that the Colombian cartels of the
// 1980s and 1990s the gazetteer lists are cartels however the copy writes
// them (English or Spanish name, with or without accents, "drug" before
// "cartel"), while the city named alone stays a place. All copy is
// invented.
func TestHistoricColombianCartels(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, want string
		absent           bool
	}{
		{"Medellín in English, no accent", "H\nThe Medellin cartel once shipped tons of cocaine a month.", "Medellín Cartel", false},
		{"Cali in Spanish", "H\nProsecutors said the Cártel de Cali laundered its profits through pharmacies.", "Cali Cartel", false},
		{"Norte del Valle in English", "H\nA former chief of the North Valley cartel was sentenced on Friday.", "Norte del Valle Cartel", false},
		{"the city alone", "H\nThe mayor of Cali opened a new hospital.", "Cali Cartel", true},
		{"'drug' before a known cartel's head", "H\nA former accountant of the Cali drug cartel testified on Monday.", "Cali Cartel", false},
		{"'drug' before another known cartel's head", "H\nThe Juarez drug cartel lost two lieutenants in March.", "Juárez Cartel", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			found := hasNamed(x, c.want, schema.Cartel)
			if found == c.absent {
				t.Errorf("Extract(%q): cartel %q found = %v, want %v; entities %+v", c.text, c.want, found, !c.absent, x.Entities)
			}
		})
	}
}

// TestCartelEnglishNames checks that a Mexican cartel the gazetteer lists
// under its Spanish name is found by its English translation too, with or
// without the accent. All copy is invented.
func TestCartelEnglishNames(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ name, text, want string }{
		{"translated, accented", "H\nThe ministry said the Michoacán Family controls the avocado routes.", "La Familia Michoacana"},
		{"translated, no accent", "H\nTwo leaders of the Michoacan Family were arrested in May.", "La Familia Michoacana"},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if !hasNamed(x, c.want, schema.Cartel) {
				t.Errorf("Extract(%q): no cartel %q; entities %+v", c.text, c.want, x.Entities)
			}
		})
	}
}

// TestHyphenedFamilyOrganization checks that a cartel named for a family
// is found with the family's two surnames hyphened, whatever the case of
// "organization", while the surname alone stays a person's. All copy is
// invented.
func TestHyphenedFamilyOrganization(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want       bool
	}{
		{"lower case", "H\nPolice said the Arellano-Felix organization moved tons of cocaine.", true},
		{"capitalised, accented", "H\nPolice said the Arellano-Félix Organization moved tons of cocaine.", true},
		{"the surname alone", "H\nPolice said Ramiro Arellano-Felix was arrested in Tijuana.", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if got := hasNamed(x, "Tijuana Cartel", schema.Cartel); got != c.want {
				t.Errorf("Extract(%q): Tijuana Cartel found = %v, want %v; entities %+v", c.text, got, c.want, x.Entities)
			}
		})
	}
}
