package extract

import "testing"

// TestPortfolioSurname checks that a lone surname after a title written
// with its portfolio and before "of" and a country is a person, and that
// a portfolio's own last word or a word the text also writes in lower
// case is no one; without the country, only an office the gazetteer
// lists, followed by a verb or a comma, makes one. All copy is invented.
func TestPortfolioSurname(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		people     []string
		not        []string
	}{
		{"a list of ministers",
			"H\nThe secretary met regional leaders, including Minister of Government Quellbrand of Guatemala and Minister of Justice and Public Security Tavorne of El Salvador.",
			[]string{"Quellbrand", "Tavorne"}, nil},
		{"a portfolio word written in lower case too",
			"H\nThe talks covered planning. The Vice Minister of Defense for Strategy and Planning of Colombia attended.",
			nil, []string{"Planning"}},
		{"a listed office, then a verb or a comma",
			"H\nSecretary of Homeland Security Quellbrand met regional ministers on Monday. Later, Secretary of State Ostrevin, who arrived late, spoke.",
			[]string{"Quellbrand", "Ostrevin"}, nil},
		{"a listed office before a common noun",
			"H\nThe Secretary of State Policy review was published on Monday.",
			nil, []string{"Policy"}},
		{"an unlisted portfolio without a country",
			"H\nMinister of Mines Quellbrand met the miners.",
			nil, []string{"Quellbrand"}},
		{"no country after it",
			"H\nThe Assistant Secretary for Western Hemispheric Affairs spoke in Lima.",
			nil, []string{"Hemispheric"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkPersons(t, ex, c.text, c.people, c.not)
		})
	}
}
