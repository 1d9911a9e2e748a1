package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestPublicServiceBodies checks that a body named for a service only a
// state runs is an agency without a state's name before it, and that a
// body of several states or a private one stays an organisation. All copy
// is invented.
func TestPublicServiceBodies(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, name string
		typ        schema.EntityType
	}{
		{"H\nAuditors found that the Social Security Institute paid 40 ghost employees.", "Social Security Institute", schema.Agency},
		{"H\nThe Superior Council of the Judiciary suspended two judges in Jacmel.", "Superior Council of the Judiciary", schema.Agency},
		{"H\nThe Ruritanian Sports Council bought buses at twice their price.", "Ruritanian Sports Council", schema.Agency},
		{"H\nThe Transparency Council ordered the ministry to publish the contracts.", "Transparency Council", schema.Agency},
		{"H\nIn May the State Council annulled the decree on river dredging.", "State Council", schema.Agency},
		{"H\nHis last appeal went to the Privy Council in London.", "Privy Council", schema.Agency},
		{"H\nThe Agriculture Institute lost track of 300 tractors.", "Agriculture Institute", schema.Agency},
		{"H\nThe Inter-American Institute for Cooperation on Agriculture held a seminar.", "Inter-American Institute for Cooperation on Agriculture", schema.Organization},
		{"H\nThe Riverside Policy Institute published a study of port crime.", "Riverside Policy Institute", schema.Organization},
		{"H\nThe Social Security Board paid pensions to 300 dead people.", "Social Security Board", schema.Agency},
	} {
		x := ex.Extract(article(c.text))
		if !hasNamed(x, c.name, c.typ) {
			t.Errorf("Extract(%q) entities = %+v, want %s %q", c.text, x.Entities, c.typ, c.name)
		}
	}
}

// TestServiceBoardNotSurname checks that "Board" is no body's head after
// a person's name or in a company's "Board of Directors". All copy is
// invented.
func TestServiceBoardNotSurname(t *testing.T) {
	ex := newExtractor(t)
	x := ex.Extract(article("H\nSpecial Agent Ana L. Board said the Board of Directors of the port met twice."))
	for _, e := range x.Entities {
		if e.Type != schema.Person && (e.Name == "Board" || e.Name == "Board of Directors") {
			t.Errorf("entities = %+v, want no body named Board", x.Entities)
		}
	}
}
