package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestHumanNounApposition: ", a woman …", ", a boy …" after a capitalised
// run whose given name the gazetteer does not know make it a person; a
// place before ", a region" does not become one. All copy is invented.
func TestHumanNounApposition(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"Security news\n\nOn August 4, Yelitza Parra, a woman arrested in 2018, was convicted.", "Yelitza Parra", true},
		{"Security news\n\nWitnesses said Jhonder Ovalles, a boy of 14, was shot by soldiers.", "Jhonder Ovalles", true},
		{"Security news\n\nTroops moved into Quilombe, a region rich in gold, on Monday.", "Quilombe", false},
	} {
		x := ex.Extract(article(c.text))
		if got := hasEntity(x, c.name, schema.Person); got != c.want {
			t.Errorf("Extract(%q): person %q = %v, want %v (%+v)", c.text, c.name, got, c.want, x.Entities)
		}
	}
}
