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
		{"named on its own too", "H\nNavy Adm. Orrin Vale toured the port. The U.S. Navy will send two ships to Lima.", "U.S. Navy", true},
	} {
		x := ex.Extract(article(c.text))
		if got := hasEntity(x, c.service, schema.Agency); got != c.want {
			t.Errorf("%s: Extract(%q) has %s = %v, want %v; entities %+v", c.name, c.text, c.service, got, c.want, x.Entities)
		}
	}
}
