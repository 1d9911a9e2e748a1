package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestFamilyPlural: "the X brothers" names every person the article names
// with the surname X, when there are at least two; charges "for violation
// of U.S. drug laws" are the United States'.
func TestFamilyPlural(t *testing.T) {
	checkRelCases(t, []relCase{
		{"brothers charged under U.S. law",
			"Rewards Offered\n\nWASHINGTON - The State Department offered rewards for Carlos Ledesma-Ruiz and Mario Ledesma-Ruiz, two traffickers.\n\nThe Ledesma-Ruiz brothers are charged for violation of U.S. drug laws.",
			[]string{"United States|charged|Carlos Ledesma-Ruiz", "United States|charged|Mario Ledesma-Ruiz"}, nil},
		{"a person coordinated before",
			"Rewards Offered\n\nWASHINGTON - The State Department offered rewards for Carlos Ledesma-Ruiz and Mario Ledesma-Ruiz, two traffickers, and for Pedro Alvarado, 52.\n\nOfficials said Pedro Alvarado and the Ledesma-Ruiz brothers are charged for violation of U.S. drug laws.",
			[]string{"United States|charged|Carlos Ledesma-Ruiz", "United States|charged|Mario Ledesma-Ruiz", "United States|charged|Pedro Alvarado"}, nil},
		{"one person of the name",
			"Rewards Offered\n\nWASHINGTON - The State Department offered rewards for Carlos Ledesma-Ruiz, a trafficker, and Mario Vega, his partner.\n\nThe Ledesma-Ruiz brothers are charged for violation of U.S. drug laws.",
			nil, []string{"United States|charged|Mario Vega"}},
	})
}
