package extract

import "testing"

// TestHyphenatedSurnames checks that a hyphenated compound surname is one
// word of a name: its second part may be a place's name, and two names
// joined by "and" are two people, not a portfolio and a name cut at the
// hyphen. All copy is invented.
func TestHyphenatedSurnames(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		persons    []string
		not        []string
	}{
		{"a capital's name ends a compound surname",
			"H\nTheir father, Welmarid Brantuna-Lima Sr., pleaded guilty in 2014.",
			[]string{"Welmarid Brantuna-Lima"}, []string{"Welmarid Brantuna"}},
		{"a compound surname after 'and' and a person",
			"H\nHis sons, Zorvan Quelix Brantuna-Fosk and Welmarid Brantuna-Fosk, were convicted in 2019.",
			[]string{"Zorvan Quelix Brantuna-Fosk", "Welmarid Brantuna-Fosk"}, []string{"-Fosk"}},
		{"the same capital outside a name is a place",
			"H\nZorvan Quelix Brantuna-Fosk, a broker, was arrested in Lima on Monday.",
			[]string{"Zorvan Quelix Brantuna-Fosk"}, []string{"Lima"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkPersons(t, ex, c.text, c.persons, c.not)
		})
	}
}
