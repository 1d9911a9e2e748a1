package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestListItemBodies checks that the agency closing an item of a
// semicolon list is the body of that item's title.
func TestListItemBodies(t *testing.T) {
	ex := newExtractor(t)
	text := "H\nThe minister was accompanied by Laura Quintero Vidal, Director of Planning, Ports and Customs, SEGOB; " +
		"Pablo Ortega Ruiz, Advisor to the Commissioner, INM; and Marta Solis, Chief of Staff, FEMA."
	x := ex.Extract(article(text))
	for _, c := range []struct{ person, org string }{
		{"Laura Quintero Vidal", "SEGOB"},
		{"Pablo Ortega Ruiz", "INM"},
		{"Marta Solis", "FEMA"},
	} {
		if !hasEntity(x, c.org, schema.Agency) {
			t.Errorf("Extract(%q) entities = %+v, want agency %q", text, x.Entities, c.org)
		}
		found := false
		for _, r := range x.Roles {
			if r.Person == c.person && hasEntity(schema.Extraction{Entities: orgEntity(x, r.Org)}, c.org, schema.Agency) {
				found = true
			}
		}
		if !found {
			t.Errorf("Extract(%q) roles = %+v, want %s at %s", text, x.Roles, c.person, c.org)
		}
	}
	// a list without a closing body gives no body
	x = ex.Extract(article("H\nShe met Laura Quintero Vidal, Director of Planning, Ports and Customs, in the capital."))
	for _, r := range x.Roles {
		if r.Person == "Laura Quintero Vidal" && r.Org != "" && r.Org != "Mexico" {
			t.Errorf("roles = %+v, want no body read past the item", x.Roles)
		}
	}
}

// orgEntity returns the entities of x named name.
func orgEntity(x schema.Extraction, name string) []schema.Entity {
	var out []schema.Entity
	for _, e := range x.Entities {
		if e.Name == name {
			out = append(out, e)
		}
	}
	return out
}

// TestAcronymAgencies checks agencies known by an acronym or a short
// proper name alone.
func TestAcronymAgencies(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ text, name string }{
		{"H\nThe storm hit the coast, and FEMA sent water to the shelters.", "Federal Emergency Management Agency"},
		{"H\nOfficials from SEGOB met the mayors in Tijuana.", "SEGOB"},
		{"H\nThe INM detained 40 migrants near Tapachula.", "National Migration Institute"},
		{"H\nINTERPOL Washington warned police about the fugitive.", "INTERPOL Washington"},
	} {
		x := ex.Extract(article(c.text))
		if !hasEntity(x, c.name, schema.Agency) {
			t.Errorf("Extract(%q) entities = %+v, want agency %q", c.text, x.Entities, c.name)
		}
	}
}

// TestLeaderListBodies checks that a bare body ("Navy") listed around a
// leader the gazetteer knows is that leader's country's: the cabinet post
// it names is in that country's government (the body, named only as the
// title's portfolio, is no entity of its own).
func TestLeaderListBodies(t *testing.T) {
	ex := newExtractor(t)
	text := "H\nPresident Claudia Sheinbaum was accompanied by Pedro Vela Ruiz, Secretary of the Navy; and Ana Soto, her spokeswoman."
	x := ex.Extract(article(text))
	if hasEntity(x, "U.S. Navy", schema.Agency) || !hasRole(x, "Pedro Vela Ruiz", "Mexico") {
		t.Errorf("Extract(%q) entities = %+v, roles = %+v, want Mexico's navy", text, x.Entities, x.Roles)
	}
}

// TestTitleBodies checks the body a title gives a person: a second title
// joined by "and" gives its body ("Assistant to the President and NSC
// Director for X"), and an agreement after "TITLE for [the]" is the post's
// remit, not the end of the title chain.
func TestTitleBodies(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ text, person, org string }{
		{"H\nThe U.S. side was led by Laura Quintero, Special Assistant to the President and NSC Director for Andean Affairs.",
			"Laura Quintero", "National Security Council"},
		{"H\nThe delegation included NSC Coordinator for the Andean Border Accord Laura Quintero and two aides.",
			"Laura Quintero", "National Security Council"},
	} {
		x := ex.Extract(article(c.text))
		if !hasRole(x, c.person, c.org) {
			t.Errorf("Extract(%q) roles = %+v, want %s at the %s", c.text, x.Roles, c.person, c.org)
		}
	}
}

// TestNextNamesTitleOverBodies checks that in a list "A, TITLE of BODY
// (ACR) B" the title is B's, also when the body's name holds commas.
func TestNextNamesTitleOverBodies(t *testing.T) {
	ex := newExtractor(t)
	text := "H\nPeruvian Minister Ana Soto, Director of the Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) Pedro Vela, and others met in Lima."
	x := ex.Extract(article(text))
	for _, r := range x.Roles {
		if r.Person == "Ana Soto" && r.Org != "Peru" {
			t.Errorf("Extract(%q) roles = %+v, want Ana Soto only at Peru", text, x.Roles)
		}
	}
}

// TestPluralAcronymBodies checks that a plural body head named with an
// acronym in parentheses is one agency: "the Border Liaison Offices
// (BLOs)"; without the acronym it is none.
func TestPluralAcronymBodies(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"H\nCases went to the Border Liaison Offices (BLOs) in three states.", "Border Liaison Offices", true},
		{"H\nThe Andean Trade Offices (ATOS) opened in Lima.", "Andean Trade Offices", true},
		{"H\nCases went to the Border Liaison Offices in three states.", "Border Liaison Offices", false},
	} {
		x := ex.Extract(article(c.text))
		if got := hasEntity(x, c.name, schema.Agency); got != c.want {
			t.Errorf("Extract(%q) entities = %+v, want agency %q: %v", c.text, x.Entities, c.name, c.want)
		}
	}
}
