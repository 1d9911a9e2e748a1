package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestKnownAsAfterTitleOfGroup checks that a Spanish-article name after
// "known as" names a group when a group noun precedes, but not when that
// noun completes a title ("the former head of the Cartel, known as X").
// All copy is invented.
func TestKnownAsAfterTitleOfGroup(t *testing.T) {
	cases := []struct {
		name, text, want string
		neg              bool
	}{
		{"a gang known as", "Visit\n\nThe town is run by a gang known as Los Toros.\n", "Los Toros", false},
		{"the head of the cartel known as", "Visit\n\nThe leaders are sons of the jailed former head of the Cartel, known as El Gato.\n", "El Gato", true},
	}
	ex := newExtractor(t)
	for _, c := range cases {
		x := ex.Extract(article(c.text))
		found := hasNamed(x, c.want, schema.Cartel)
		if found == c.neg {
			t.Errorf("%s: Extract(%q) entities = %+v, want %v of cartel %s", c.name, c.text, x.Entities, !c.neg, c.want)
		}
	}
}
