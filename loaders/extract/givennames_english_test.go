package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestCommonEnglishGivenNames checks that common English given names make
// a person of a name with no other evidence. All copy is invented.
func TestCommonEnglishGivenNames(t *testing.T) {
	ex := newExtractor(t)
	for _, name := range []string{"Brett Holloway", "Kyle Ramos", "Jeremy Watts", "Whitney Caldwell"} {
		x := ex.Extract(article("H\nThe talks were led by " + name + " and two aides."))
		if !hasNamed(x, name, schema.Person) {
			t.Errorf("entities = %+v, want person %q", x.Entities, name)
		}
	}
}
