package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestPossessorEndsBodyName checks that a body's name stops before "and"
// when a possessor follows ("… Office of Port Control and Peru's Customs
// Unit"), and that the same name later written after a country's name
// is the same body.
func TestPossessorEndsBodyName(t *testing.T) {
	ex := newExtractor(t)
	text := "H\nThe U.S. Department of Commerce's Office of Port Control and Peru's Customs Intelligence Unit froze 40 accounts. " +
		"Officials said the U.S. Office of Port Control will share more data."
	x := ex.Extract(article(text))
	if hasEntity(x, "Office of Port Control and Peru", schema.Agency) {
		t.Errorf("Extract(%q) has the body named over \"and\" and a possessor", text)
	}
	n := 0
	for _, e := range x.Entities {
		if e.Type == schema.Agency && (e.Name == "Office of Port Control" || e.Name == "U.S. Office of Port Control") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("Extract(%q) has %d Office of Port Control agencies, want 1: %+v", text, n, x.Entities)
	}
}
