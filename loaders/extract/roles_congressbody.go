// A text that names a chamber of the US Congress by the state's name ("the
// U.S. Senate", "the United States House of Representatives", "the U.S.
// Congress") is about that Congress's members: there "Senator X" or
// "Representative Y" with no party tag is one (usCongressText), as in a
// statement from a member's office that carries no dateline.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// usChamberNames start a chamber of the US Congress as a text writes it.
var usChamberNames = []string{"u.s. senate", "u.s. house", "u.s. congress", "united states senate",
	"united states house", "united states congress"}

// namesUSChamber reports whether the text names, outside quotations, a
// chamber of the US Congress with the state's name.
func (d *doc) namesUSChamber() bool {
	if d.reportState() != nil {
		return false // a report on a state: "the Senate" is that state's
	}
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Agency || m.quoted || d.inQuote[m.s] {
			continue
		}
		n := fold(m.ent.name)
		for _, c := range usChamberNames {
			if strings.HasPrefix(n, c) {
				return true
			}
		}
	}
	return false
}
