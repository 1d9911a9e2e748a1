package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for this test; none is taken from an
// evaluation article.

// TestJoinedInitials checks that a given name written as initials without
// a space opens a person's name, and that "U.S." and "D.C." stay places.
func TestJoinedInitials(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text   string
		want   string
		wantOK bool
	}{
		{"H\nThe minister will meet Deputy National Security Advisor T.J. Marlowe on Friday.", "T.J. Marlowe", true},
		{"H\nShe thanked Special Agent in Charge A.R.K. Donnelly for the arrests.", "A.R.K. Donnelly", true},
		{"H\nThe U.S. Embassy said Ambassador Rita Okoro will attend.", "U.S. Embassy", false},
	} {
		x := ex.Extract(article(c.text))
		if got := hasEntity(x, c.want, schema.Person); got != c.wantOK {
			t.Errorf("Extract(%q) entities = %+v, want person %q: %v", c.text, x.Entities, c.want, c.wantOK)
		}
	}
}
