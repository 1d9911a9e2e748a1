package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestDroppedGuessFreesBody checks that a department written by its own
// name after "Secretary of" stays an entity of the article, and that a
// post guessed from a headline title, dropped for the body an apposition
// states, does not turn the stated post away; a guess made again stays
// dropped. All copy is invented.
func TestDroppedGuessFreesBody(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text  string
		agency      string // want this agency among the entities ("" none)
		person, org string // the role of person at org
		wantRole    bool
	}{
		{name: "headline title, apposition",
			text:   "Secretary Varlow Tours Lima\nNora Varlow, Secretary of the Department of Homeland Security, arrived in Lima on Monday for talks between the United States and Peru.",
			agency: "Department of Homeland Security", person: "Nora Varlow", org: "United States", wantRole: true},
		{name: "headline title, apposition in a quotation",
			text:   "Secretary Varlow Tours Lima\n“Nora Varlow, Secretary of the Department of Homeland Security, arrived in Lima on Monday for talks between the United States and Peru.”",
			agency: "Department of Homeland Security", person: "Nora Varlow", org: "United States", wantRole: true},
		{name: "headline title, apposition, a long list after",
			text: "Secretary Varlow Tours Lima\n“Nora Varlow, Secretary of the Department of Homeland Security, arrived in Lima on Monday for talks between the United States and Peru. " +
				"She met with Minister of the Interior Tomas Quilla Rojas, Foreign Minister Rosa Anco Vela, Minister of Defense Juan Pari Soto, " +
				"Minister of Justice Elena Mayta Cruz, Minister of Labor Luis Ccori Paz, Minister of Health Ana Huanca Ruiz as well as other officials.”",
			agency: "Department of Homeland Security", person: "Nora Varlow", org: "United States", wantRole: true},
		{name: "no headline title",
			text:   "Varlow Tours Lima\nNora Varlow, Secretary of the Department of Homeland Security, arrived in Lima on Monday for talks between the United States and Peru.",
			agency: "Department of Homeland Security", person: "Nora Varlow", org: "United States", wantRole: true},
		{name: "a guess made again stays dropped",
			text: "H\nPrincipal Deputy Assistant Attorney General Kay Ostrander, head of the Justice Department’s Civil Rights Division, signed the plan. " +
				"“We will enforce it,” said Principal Deputy Assistant Attorney General Ostrander.",
			person: "Kay Ostrander", org: "United States", wantRole: false},
	} {
		x := ex.Extract(article(c.text))
		if c.agency != "" && !hasEntity(x, c.agency, schema.Agency) {
			t.Errorf("%s: Extract(%q) entities = %+v, want agency %q", c.name, c.text, x.Entities, c.agency)
		}
		if found := hasRole(x, c.person, c.org); found != c.wantRole {
			t.Errorf("%s: Extract(%q) roles = %+v, want role of %s at %s: %v", c.name, c.text, x.Roles, c.person, c.org, c.wantRole)
		}
	}
}
