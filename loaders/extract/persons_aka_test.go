package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestAkaAliases checks that the names after an alias marker that follows
// a person's name are that person's other names, not people of their own.
// All copy is invented.
func TestAkaAliases(t *testing.T) {
	cases := []struct {
		name, text, person, alias string
	}{
		{"aka two names", "Man deported\n\nOfficers said Mario Ruiz Tello, aka El Gato and El Flaco, 30, left the country on Friday.\n", "Mario Ruiz Tello", "El Flaco"},
		{"a comma after the marker", "Man deported\n\nOfficers said Mario Ruiz Tello, also known as, “El Gato” left the country on Friday.\n", "Mario Ruiz Tello", "El Gato"},
		{"court a/k/a, comma inside the quote", "Man charged\n\nThe indictment charges Luis Vega and Pedro Gomez Arce, a/k/a “Fabio Lemos,” and two others with conspiracy.\n", "Pedro Gomez Arce", "Fabio Lemos"},
		{"goes by the moniker", "Man deported\n\nMario Ruiz Tello left on Friday. Among gang members, Ruiz goes by the moniker “El Gato”.\n", "Mario Ruiz Tello", "El Gato"},
	}
	ex := newExtractor(t)
	for _, c := range cases {
		x := ex.Extract(article(c.text))
		ok, own := false, false
		for _, e := range x.Entities {
			if e.Type != schema.Person {
				continue
			}
			if e.Name == c.alias {
				own = true
			}
			if e.Name == c.person {
				for _, a := range e.Aliases {
					if a == c.alias {
						ok = true
					}
				}
			}
		}
		if !ok || own {
			t.Errorf("%s: Extract(%q) entities = %+v, want %s an alias of %s only", c.name, c.text, x.Entities, c.alias, c.person)
		}
	}
	// no marker: two people
	x := ex.Extract(article("Men deported\n\nOfficers said Mario Ruiz Tello and Pedro Lagos Vera left the country on Friday.\n"))
	if n := len(x.Entities); n != 2 {
		t.Errorf("two people without a marker: entities = %+v, want 2", x.Entities)
	}
}

// TestAlsoKnownAsPerson checks that a name with an unknown given name is a
// person when ", also known as" follows it, as ", aka" does. All copy is
// invented.
func TestAlsoKnownAsPerson(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ text, person string }{
		{"H\nOne of those charged is Quorin Delvado Arruste, also known as El Zorro de Lima.", "Quorin Delvado Arruste"},
		{"H\nPolice arrested Brevik Tamsado Ulloa, also known as “Chispa,” on Friday.", "Brevik Tamsado Ulloa"},
	} {
		if x := ex.Extract(article(c.text)); !hasEntity(x, c.person, schema.Person) {
			t.Errorf("Extract(%q): no person %q in %+v", c.text, c.person, x.Entities)
		}
	}
}
