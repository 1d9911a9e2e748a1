package extract

import "testing"

// TestAgeNear checks that a name with an unknown given name is a person
// when an age written "N-year-old" or "age N" stands beside it, and that a
// number of another kind makes no one. All copy is invented.
func TestAgeNear(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		person     string
		not        []string
	}{
		{"'N-year-old' before the name",
			"H\nOfficers arrested 31-year-old Zorvan Quellat Pirez in Lima on Monday.",
			"Zorvan Quellat Pirez", nil},
		{"', a N-year-old' after the name",
			"H\nThe following were arrested:\n- Brevik Tamsado, a 52-year-old citizen of Peru, was arrested in Quito.",
			"Brevik Tamsado", nil},
		{"', age N,' after the name",
			"H\nQuorin Delvado Arruste, age 47, faces trial in Lima.",
			"Quorin Delvado Arruste", nil},
		{"a year after a comma is no age",
			"H\nThe Velmar Tandori Accord, 2019, is still in force.",
			"", []string{"Velmar Tandori Accord"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkPersons(t, ex, c.text, []string{c.person}, c.not)
		})
	}
}
