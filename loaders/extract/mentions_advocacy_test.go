package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestAdvocacyBodies checks that a committee or commission named for an
// advocate's purpose is an organisation, and one a state's word opens, or
// one of another purpose, stays an agency. All copy is invented.
func TestAdvocacyBodies(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, name string
		typ        schema.EntityType
	}{
		{"H\nThe Riverside Committee for the Defense of Human Rights counted 40 arbitrary arrests.", "Riverside Committee for the Defense of Human Rights", schema.Organization},
		{"H\nThe Ruritanian Commission for the Defense and Promotion of Human Rights filed a complaint.", "Ruritanian Commission for the Defense and Promotion of Human Rights", schema.Organization},
		{"H\nThe Methodist Commission for Peace and Justice asked for an inquiry into the killings.", "Methodist Commission for Peace and Justice", schema.Organization},
		{"H\nThe Presidential Commission for the Defense of Human Rights visited the prison.", "Presidential Commission for the Defense of Human Rights", schema.Agency},
		{"H\nThe Commission for Defense and Security approved the budget.", "Commission for Defense and Security", schema.Agency},
	} {
		x := ex.Extract(article(c.text))
		if !hasNamed(x, c.name, c.typ) {
			t.Errorf("Extract(%q) entities = %+v, want %s %q", c.text, x.Entities, c.typ, c.name)
		}
	}
}
