package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestTripCoordinatedSubject: a meeting verb coordinated after a trip verb
// ("A traveled to Bolivia and met with B") has the traveller as subject,
// not the place travelled to.
func TestTripCoordinatedSubject(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "traveled to a place in a country and met",
			text: "General Ana Ruiz traveled to La Paz in central Bolivia on May 6 and met with President Tomas Herrera.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera"},
			not:  []string{"Bolivia|metWith|Tomas Herrera"}},
		{name: "flew to a country and held talks",
			text: "Secretary Ana Ruiz flew to Bolivia on Monday and held talks with President Tomas Herrera.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera"},
			not:  []string{"Bolivia|metWith|Tomas Herrera"}},
	})
}
