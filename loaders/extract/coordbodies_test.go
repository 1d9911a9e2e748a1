package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestCoordinatedBodies checks that two bodies joined by "and" are two
// agencies, and that a name holding an "and" stays one.
func TestCoordinatedBodies(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text string
		want []string
		not  string
	}{
		{"H\nWASHINGTON — The Department of Commerce and Department of Labor met on Monday.",
			[]string{"Department of Commerce", "Department of Labor"}, "Department of Commerce and Department of Labor"},
		{"H\nThe Peruvian National Police and Solicitor General's Office opened an inquiry.",
			[]string{"Peruvian National Police"}, "Peruvian National Police and Solicitor General's Office"},
		{"H\nWASHINGTON — The Departments of Energy and Interior announced the grants.",
			[]string{"Department of Energy", "Department of Interior"}, "Departments of Energy and Interior"},
		{"H\nThe Safe Streets and Gang Unit arrested two men.",
			[]string{"Safe Streets and Gang Unit"}, ""},
		{"H\nThe plan adds new Department of Labor and United States Agency for Trade Relief (USATR) funds.",
			[]string{"Department of Labor", "United States Agency for Trade Relief"}, "Department of Labor and United States Agency for Trade Relief"},
		{"H\nThe Department of Health and Human Services announced the grants.",
			[]string{"Department of Health and Human Services"}, ""},
	} {
		x := ex.Extract(article(c.text))
		for _, w := range c.want {
			if !hasEntity(x, w, schema.Agency) {
				t.Errorf("Extract(%q) entities = %+v, want agency %q", c.text, x.Entities, w)
			}
		}
		if c.not != "" && hasEntity(x, c.not, schema.Agency) {
			t.Errorf("Extract(%q) entities = %+v, want no agency %q", c.text, x.Entities, c.not)
		}
	}
}
