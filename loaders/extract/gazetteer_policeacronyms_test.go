package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestNationalPoliceAcronyms checks that a national police force the
// gazetteer lists is read from its acronym alone, as the State
// Department's reports write it. All copy is invented.
func TestNationalPoliceAcronyms(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, name string
	}{
		{"Corruption\n\nProsecutors charged an active CNP officer with taking bribes from a port operator in May.", "CNP"},
	} {
		x := ex.Extract(article(c.text))
		if !hasEntity(x, c.name, schema.Agency) {
			t.Errorf("Extract(%q): no agency %q in %+v", c.text, c.name, x.Entities)
		}
	}
}
