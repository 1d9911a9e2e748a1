package extract

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestHeadOfBodies checks that the body after an apposed head's title is
// read as one, with the role and the tie, and that a run a possessive or
// a lower-case noun follows is not. All copy is invented.
func TestHeadOfBodies(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, name string
		typ        schema.EntityType
		want       bool
	}{
		{"H\nIn May, police arrested Rosa Delgado, president of La Gaceta, on charges of extortion.", "La Gaceta", schema.Organization, true},
		{"H\nThe court convicted Hugo Ramos, former head of Petrobrava, of bribery.", "Petrobrava", schema.Organization, true},
		{"H\nAuthorities detained Ana Castillo, the former chief of Police Station No. 4 in Salto, on charges of neglect.", "Police Station No. 4", schema.Agency, true},
		{"H\nPolice arrested Ana Castillo, the director of Ruritania's prisons, in March.", "Ruritania", schema.Organization, false},
		{"H\nPolice arrested Ana Castillo, the leader of the Verde group in Salto, in March.", "Verde", schema.Organization, false},
	} {
		x := ex.Extract(article(c.text))
		if got := hasNamed(x, c.name, c.typ); got != c.want {
			t.Errorf("Extract(%q) entities = %+v, want %s %q: %v", c.text, x.Entities, c.typ, c.name, c.want)
		}
		if !c.want {
			continue
		}
		found := false
		for _, r := range x.Roles {
			found = found || r.Org == c.name && strings.Contains(c.text, r.Person)
		}
		if !found {
			t.Errorf("Extract(%q) roles = %+v, want a role at %q", c.text, x.Roles, c.name)
		}
	}
}

// TestNumberSign checks that "No." before a number ends no sentence.
func TestNumberSign(t *testing.T) {
	for _, c := range []struct {
		word, rest string
		want       bool
	}{
		{"No", " 4 in Salto", true},
		{"Nos", " 3 and 4", true},
		{"No", " They left.", false},
		{"no", " 4", false},
	} {
		if got := numberSign(c.word, c.rest); got != c.want {
			t.Errorf("numberSign(%q, %q) = %v, want %v", c.word, c.rest, got, c.want)
		}
	}
}
