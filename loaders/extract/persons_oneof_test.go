package extract

import "testing"

// TestOneOfApposition checks that a name with an unknown given name is a
// person when ", one of the … N" follows it with N a plural noun for
// people, and that a body or a place described so stays no one. All copy
// is invented.
func TestOneOfApposition(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		person     string
		not        []string
	}{
		{"the biggest suppliers of …",
			"H\nOfficers confirmed they had detained Zorvan Quellat, one of the biggest suppliers of precursor chemicals, on Monday.",
			"Zorvan Quellat", nil},
		{"adjectives and a hyphened compound",
			"H\nBrevik Tamsado Ulloa, one of the most elusive, ruthless and powerful arms-traffickers on the coast, was flown out on Friday.",
			"Brevik Tamsado Ulloa", nil},
		{"a country's possessive for the article",
			"H\nThe agency designated Zorvan Quellat Ibarra, one of Guatemala's most wanted drug traffickers, on Monday.",
			"Zorvan Quellat Ibarra", nil},
		{"a body with a country's possessive",
			"H\nAgents raided Quellar Tandori, one of Peru's largest trading companies, on Monday.",
			"", []string{"Quellar Tandori"}},
		{"a body",
			"H\nAgents raided Quellar Tandori, one of the largest trading companies in the region, on Monday.",
			"", []string{"Quellar Tandori"}},
		{"a place",
			"H\nThe boat reached Punta Quellar, one of the busiest ports of the coast, at dawn.",
			"", []string{"Punta Quellar"}},
		{"a country's possessive",
			"H\nOfficers confirmed they had detained Zorvan Quellat Brenes, one of Honduras's most wanted drug traffickers, on Monday.",
			"Zorvan Quellat Brenes", nil},
		{"a body with a country's possessive",
			"H\nAgents raided Quellar Tandori, one of Honduras's largest trading companies, on Monday.",
			"", []string{"Quellar Tandori"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkPersons(t, ex, c.text, []string{c.person}, c.not)
		})
	}
}
