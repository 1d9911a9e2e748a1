package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestServiceOnlyBeforeRank checks that an armed service named only before
// an officer's rank ("Navy Adm. X") is no entity of the story, while one
// the story names on its own stays.
func TestServiceOnlyBeforeRank(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, service string
		want                bool
	}{
		{"rank prefix only", "H\nNavy Adm. Orrin Vale, the commander of U.S. Southern Command, toured the port in Lima.", "U.S. Navy", false},
		{"compound rank", "H\nU.S. Army Lt. Gen. Petra Lund, the commander of U.S. Southern Command, spoke at the base on Monday.", "U.S. Army", false},
		{"rank with its grade", "H\nArmy Sgt. 1st Class Orrin Vale, a medic, toured the port in Lima on Monday.", "U.S. Army", false},
		{"named on its own too", "H\nNavy Adm. Orrin Vale toured the port. The U.S. Navy will send two ships to Lima.", "U.S. Navy", true},
	} {
		x := ex.Extract(article(c.text))
		if got := hasEntity(x, c.service, schema.Agency); got != c.want {
			t.Errorf("%s: Extract(%q) has %s = %v, want %v; entities %+v", c.name, c.text, c.service, got, c.want, x.Entities)
		}
	}
}

// TestTitleBeforeServiceRank checks that a title written before a service
// and a rank ("Pentagon Press Secretary Navy Rear Adm. X") is the
// officer's title, not part of the service's name.
func TestTitleBeforeServiceRank(t *testing.T) {
	text := "H\nThe minister called his U.S. counterpart, Pentagon Press Secretary Navy Rear Adm. Orrin Vale said on Monday."
	checkRoles(t, []roleCase{
		{name: "the title's body", text: text, person: "Orrin Vale", title: "Press Secretary", org: "Department of Defense"},
	})
	x := newExtractor(t).Extract(article(text))
	for _, e := range x.Entities {
		if e.Name == "Pentagon Press Secretary Navy" || e.Name == "Pentagon Press" {
			t.Errorf("Extract(%q): entity %q, want none", text, e.Name)
		}
	}
}
