package extract

import "testing"

// TestModifierApposition: after a comma and "the", a name that only
// modifies the noun after it describes the item before; a name that ends
// its item is the next item of a list.
func TestModifierApposition(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a person's name modifying an apposition",
			text: "Los Choneros operates in conjunction with Los Lobos, the Carlos Vega family-run criminal enterprise based in Ecuador.",
			want: []string{"Los Choneros|cooperatesWith|Los Lobos"},
			not:  []string{"Los Choneros|cooperatesWith|Carlos Vega"}},
		{name: "a list item after the",
			text: "Peru works with Chile, the United States, and Brazil on border security.",
			want: []string{"Peru|cooperatesWith|United States", "Peru|cooperatesWith|Brazil"}},
	})
}
