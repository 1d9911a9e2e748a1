package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestPluralTaskForces checks that "Task Forces A, B, and C" names one
// task force per code name, known by it alone too, while a list that runs
// on into more capitals, or a single name, is left alone. All copy is
// invented.
func TestPluralTaskForces(t *testing.T) {
	ex := newExtractor(t)
	x := ex.Extract(article("H\nThe trucks went to the Joint Task Forces Jaguar, Quetzal, and Ceiba for border patrols."))
	for _, want := range []string{"Joint Task Force Jaguar", "Quetzal", "Ceiba"} {
		if !hasEntity(x, want, schema.Agency) {
			t.Errorf("entities = %+v, want agency %q", x.Entities, want)
		}
	}
	x = ex.Extract(article("H\nThe police and the armed forces formed two Task Forces in May."))
	for _, e := range x.Entities {
		if e.Type == schema.Agency && e.Name == "Task Force May" {
			t.Errorf("entities = %+v, want no task force named for a month", x.Entities)
		}
	}
}
