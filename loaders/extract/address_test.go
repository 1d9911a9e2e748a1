package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestFormsOfAddress checks that an address to a chair, a plural
// "Members of X" and a demonym before a bare plural group noun name no
// entity, while the names around them still do.
func TestFormsOfAddress(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want, not  []string // entity names that must and must not be extracted
	}{
		{"an address to the speaker names nobody",
			"H\nMr. Speaker, the Lobos gang controls the port of Santa Ines.", []string{"Lobos"}, []string{"Speaker"}},
		{"an address to the president mid-sentence",
			"H\nI say to you, Madam President, that Ana Ruiz was right.", []string{"Ana Ruiz"}, []string{"President"}},
		{"an address to the chairman",
			"H\nMr. Chairman, Ana Ruiz leads the Costa Verde gang.", []string{"Ana Ruiz"}, []string{"Chairman"}},
		{"members of a body are no body",
			"H\nSome Members of Parliament have criticised Ana Ruiz for the plan.", []string{"Ana Ruiz"}, []string{"Members of Parliament"}},
		{"members of a body opening a sentence with a quantifier",
			"H\nSeveral Members of Congress met Ana Ruiz in Lima.", []string{"Ana Ruiz"}, []string{"Several Members of Congress", "Members of Congress"}},
		{"demonyms before a shared plural group noun",
			"H\nThe guns reach the Peruvian and Central American cartels by sea.", nil, []string{"Peruvian Cartel", "Central American Cartel"}},
		{"names before a shared plural group noun still name cartels",
			"H\nThe guns reach the Lobos and Costa Verde cartels by sea.", []string{"Lobos Cartel", "Costa Verde Cartel"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) { checkEntityNames(t, ex, c.text, c.want, c.not) })
	}
}
