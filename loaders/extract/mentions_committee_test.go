package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestCommitteeVenueAndSubjects checks that a testimony's header line
// "Statement before the Subcommittee on A, B, and C of the X Committee"
// names the subcommittee with its whole series of subjects, and that a
// series of people after a committee's name is no part of it. All copy is
// invented.
func TestCommitteeVenueAndSubjects(t *testing.T) {
	ex := newExtractor(t)
	x := ex.Extract(article("Port Safety Hearing\n\nAna Ruiz\n\nDirector, Office of Coastal Affairs\n\nTestimony before the Subcommittee on Fisheries, Oceans, and Ports of the House Natural Resources Committee\n\nLima\n\nI am glad to be here."))
	if !hasNamed(x, "Subcommittee on Fisheries, Oceans, and Ports", schema.Agency) {
		t.Errorf("entities = %+v, want the subcommittee with its subjects", x.Entities)
	}
	x = ex.Extract(article("H\nShe thanked the Committee on Ports, Chairman Carlos Vega, and Ranking Member Ana Ruiz for the hearing."))
	for _, e := range x.Entities {
		if e.Type == schema.Agency && len(e.Name) > len("Committee on Ports") {
			t.Errorf("entities = %+v, want the committee's name to stop before the people", x.Entities)
		}
	}
}
