package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestAUSATitle checks that "AUSA", an Assistant U.S. Attorney's
// abbreviation, is a title before a name: the name is a person's. All copy
// is invented.
func TestAUSATitle(t *testing.T) {
	text := "Businessmen Plead Guilty\n\nWASHINGTON — Two businessmen pleaded guilty today.\n\nAUSA Vera Dunsmore of the Southern District of Ohio is seeking the forfeiture of two warehouses.\n"
	x := newExtractor(t).Extract(article(text))
	checkEntities(t, text, x, []schema.Entity{{Name: "Vera Dunsmore", Type: schema.Person}}, []string{"AUSA Vera Dunsmore"})
}
