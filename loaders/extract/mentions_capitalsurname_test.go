package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestCapitalSurname checks that a one-word capital city after a given
// name is a surname, while a capital after other words stays a place.
func TestCapitalSurname(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"a capital after a given name",
			"H\nPolice arrested Carlos Quito, a courier for the Lobos gang, on Monday.", []string{"Carlos Quito"}, nil},
		{"another capital after a given name",
			"H\nThe agents charged Daniel Lima with money laundering.", []string{"Daniel Lima"}, nil},
		{"a capital after a verb stays a place",
			"H\nAna Ruiz met the minister in Quito on Monday.", []string{"Ana Ruiz"}, []string{"Ana Ruiz Quito"}},
	} {
		t.Run(c.name, func(t *testing.T) { checkEntityNames(t, ex, c.text, c.want, c.not) })
	}
}
