package extract

import "testing"

// TestPluralApposedList checks that a name with an unknown given name
// that opens a list apposed to a lower-case plural noun is a person like
// the listed name after it, and that a capitalised place before the comma
// makes no one. All copy is invented.
func TestPluralApposedList(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		person     string
		not        []string
	}{
		{"two officers, A and B",
			"H\nIn March, two police officers, Zorvan Quellat Pirez and Jose Francisco Garcia, were sentenced to 20 years in prison.",
			"Zorvan Quellat Pirez", nil},
		{"guards, A, B, and C",
			"H\nProsecutors charged three prison guards, Brevik Tamsado Lune, Quorin Delvado, and Maria Lopez, with torture.",
			"Brevik Tamsado Lune", nil},
		{"a place before the comma",
			"H\nIn Quellat Sands, Trevon Marsh Bay and Maria Lopez met on Monday.",
			"", []string{"Trevon Marsh Bay"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkPersons(t, ex, c.text, []string{c.person}, c.not)
		})
	}
}
