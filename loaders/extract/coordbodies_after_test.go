package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestSharedHeadAfterList checks that a list of names before one plural
// head names one body or group per item: "the Treasury, Justice and State
// Departments", "the Tarija and Puma gangs". All copy is invented.
func TestSharedHeadAfterList(t *testing.T) {
	cases := []struct {
		name, text, want string
		typ              schema.EntityType
	}{
		{"departments, middle item", "Visit\n\nThis is part of the effort of the Treasury, Justice and State Departments to act.\n", "Department of Justice", schema.Agency},
		{"departments, last item", "Visit\n\nThis is part of the effort of the Treasury, Justice and State Departments to act.\n", "Department of State", schema.Agency},
		{"gangs, first item", "Visit\n\nThese firms are fronts for the Tarija and Puma gangs, officials said.\n", "Tarija Gang", schema.Cartel},
		{"gangs, last item", "Visit\n\nThese firms are fronts for the Tarija and Puma gangs, officials said.\n", "Puma Gang", schema.Cartel},
	}
	ex := newExtractor(t)
	for _, c := range cases {
		x := ex.Extract(article(c.text))
		found := hasNamed(x, c.want, c.typ)
		if !found {
			t.Errorf("%s: Extract(%q) entities = %+v, want %s %s", c.name, c.text, x.Entities, c.typ, c.want)
		}
	}
	// one name before the head is no list
	x := ex.Extract(article("Visit\n\nThe Puma gangs fought on Monday.\n"))
	for _, e := range x.Entities {
		if e.Name == "Puma Gang" {
			t.Errorf("one name: entities = %+v, want no Puma Gang from the list rule", x.Entities)
		}
	}
}
