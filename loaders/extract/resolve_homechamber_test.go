package extract

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestHomeChamber checks that a bare "the Senate" in a text naming a
// member of the US Congress is the US Senate, not the chamber of the
// country the text talks about, and that without such a member the
// foreign reading stands. All copy is invented.
func TestHomeChamber(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text    string
		foreign bool // a Colombian senate is read
	}{
		{"Sen. Dora Hallet (R-Ore.) met Colombian farmers in Bogotá on Monday. Colombia has asked for help with the harvest, and Hallet said she would raise the request in the Senate next week.\n", false},
		{"Senator Amos Trell, D-Vt., toured a port in Colombia on Friday. Colombia's ports are busy, he said, and the Senate should fund their inspection.\n", false},
		{"Colombia's president met farmers in Bogotá on Monday. Colombia has asked for help with the harvest, and the Senate will vote on the request next week.\n", true},
	} {
		x := ex.Extract(article("Visit to the Harvest\n\n" + c.text))
		got := false
		for _, e := range x.Entities {
			if e.Type == schema.Agency && strings.EqualFold(e.Name, "Colombian senate") {
				got = true
			}
		}
		if got != c.foreign {
			t.Errorf("%q: Colombian senate read = %v, want %v (entities %+v)", c.text, got, c.foreign, x.Entities)
		}
		if !c.foreign && !hasEntity(x, "U.S. Senate", schema.Agency) {
			t.Errorf("%q: entities = %+v, want U.S. Senate", c.text, x.Entities)
		}
	}
}
