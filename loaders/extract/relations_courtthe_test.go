package extract

import "testing"

// TestCourtCountryWithArticle: a charge or sentence "in the United States"
// names the government whose court it is, as "in Mexico" does.
func TestCourtCountryWithArticle(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "charged in the United States",
			text: "Gang Leader Charged\n\nPolice arrested Marcos Delgado Fuentes in Lima. Marcos Delgado Fuentes was charged with murder in the United States.",
			want: []string{"United States|charged|Marcos Delgado Fuentes"}},
		{name: "sentenced in the United States",
			text: "Gang Leader Sentenced\n\nMarcos Delgado Fuentes was sentenced to 20 years in prison in the United States.",
			want: []string{"United States|convicted|Marcos Delgado Fuentes"}},
	})
}
