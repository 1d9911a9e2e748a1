package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestStateBodyTypes checks bodies of international organisations and
// national institutes of a state's function.
func TestStateBodyTypes(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, name string
		typ        schema.EntityType
	}{
		{"H\nThe United Nations General Assembly voted on Friday.", "United Nations General Assembly", schema.Organization},
		{"H\nPeru's National Migration Institute closed two crossings.", "National Migration Institute", schema.Agency},
		{"H\nThe National Border Center in Lima reported 40 arrests.", "National Border Center", schema.Agency},
		{"H\nThe National Arts Institute opened a show.", "National Arts Institute", schema.Organization},
		{"H\nFreedonia's National Search Commission listed 40 missing people.", "National Search Commission", schema.Agency},
		{"H\nThe National Center for Harbour Health Statistics counted the cases.", "National Center for Harbour Health Statistics", schema.Agency},
		{"H\nThe director of the Peruvian Institute of Migration spoke on Monday.", "Peruvian Institute of Migration", schema.Agency},
		{"H\nThe Chilean Customs Institute seized two loads.", "Chilean Customs Institute", schema.Agency},
		{"H\nThe National Institute of Migration closed two crossings.", "National Institute of Migration", schema.Agency},
		{"H\nThe Peruvian Institute of Economics published a study.", "Peruvian Institute of Economics", schema.Organization},
		{"H\nThe Institute of Peruvian Studies published a study.", "Institute of Peruvian Studies", schema.Organization},
		{"H\nThe Senate Armed Services Committee met on Friday.", "Senate Armed Services Committee", schema.Agency},
		{"H\nThe U.S. Mission to the Organization of American States welcomed the vote.", "U.S. Mission to the Organization of American States", schema.Agency},
		{"H\nThe Chilean Mission in Geneva issued a note.", "Chilean Mission", schema.Agency},
		{"H\nHouse Committee on Public Security Chairman Ana Ruiz opened the hearing.", "House Committee on Public Security", schema.Agency},
		{"H\nJoint Task Force Condor arrested 30 gang members.", "Joint Task Force Condor", schema.Agency},
		{"H\nThe Joint Task Force South seized a boat.", "Joint Task Force South", schema.Agency},
		{"H\nHe was arrested by a Regional Fugitive Task Force Nov. 4, 2019, in Ohio.", "Regional Fugitive Task Force", schema.Agency},
		{"H\nA Joint Task Force Sept. 12 raid netted two suspects.", "Joint Task Force", schema.Agency},
		{"H\nLast year the minister launched the Counter-Smuggling Strike Force, which joins two offices.", "Counter-Smuggling Strike Force", schema.Agency},
		{"H\nThe minister visited the Rosales Police Academy in Cali on Monday.", "Rosales Police Academy", schema.Agency},
		{"H\nCadets from the Peruvian Naval Academy joined the exercise.", "Peruvian Naval Academy", schema.Agency},
		{"H\nThe Lima Academy of Fine Arts opened a show.", "Lima Academy of Fine Arts", schema.Organization},
	} {
		x := ex.Extract(article(c.text))
		if !hasEntity(x, c.name, c.typ) {
			t.Errorf("Extract(%q) entities = %+v, want %s %q", c.text, x.Entities, c.typ, c.name)
		}
	}
}

// TestEmbassyOfOfficialStateName checks that an embassy's name keeps the
// state's official name as its complement, and its chargé d'affaires
// serves that state. The copy is invented.
func TestEmbassyOfOfficialStateName(t *testing.T) {
	ex := newExtractor(t)
	text := "H\nThe minister thanked Ms. Laura Vence, chargé d’affaires of the Embassy of the United States of America, for her help.\n"
	x := ex.Extract(article(text))
	if !hasEntity(x, "Embassy of the United States of America", schema.Agency) {
		t.Errorf("Extract(%q) entities = %+v, want agency %q", text, x.Entities, "Embassy of the United States of America")
	}
	if !hasRole(x, "Laura Vence", "United States") {
		t.Errorf("Extract(%q) roles = %+v, want Laura Vence at United States", text, x.Roles)
	}
}
