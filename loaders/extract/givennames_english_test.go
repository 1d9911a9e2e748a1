package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestCommonEnglishGivenNames checks that common English given names make
// a person of a name with no other evidence. All copy is invented.
func TestCommonEnglishGivenNames(t *testing.T) {
	ex := newExtractor(t)
	for _, name := range []string{"Brett Holloway", "Kyle Ramos", "Jeremy Watts", "Whitney Caldwell", "Antony R. Feldham"} {
		x := ex.Extract(article("H\nThe talks were led by " + name + " and two aides."))
		if !hasNamed(x, name, schema.Person) {
			t.Errorf("entities = %+v, want person %q", x.Entities, name)
		}
	}
}

// TestGivenNameSignOffLine checks that a byline line "NAME, Secretary of
// State" under a headline names its holder when the given name is a known
// one ("Antony"), and gives the title. All copy is invented.
func TestGivenNameSignOffLine(t *testing.T) {
	ex := newExtractor(t)
	x := ex.Extract(article("Designation of a Former Official\n\nAntony R. Feldham, Secretary of State\n\nThe United States is designating a former official today.\n"))
	if !hasRole(x, "Antony R. Feldham", "United States") {
		t.Errorf("roles = %+v, want Antony R. Feldham at United States", x.Roles)
	}
}
