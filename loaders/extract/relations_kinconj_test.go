package extract

import "testing"

// TestKinApposedConjunct checks that a conjunct carrying a kin apposition
// ("A, the brother of B, and C") is an actor and the relative it names is
// not, and that a kin noun before a conjunct ("and brothers C and D")
// keeps the list going. All copy is invented.
func TestKinApposedConjunct(t *testing.T) {
	checkRelCases(t, []relCase{
		{"kin apposition and kin noun before the next conjuncts",
			"Luis Mena Soto, the brother of former Gulf Cartel leader Pedro Mena Soto, and brothers Carlos Ruiz Vega and Ana Ruiz Vega now operate under the umbrella of the Gulf Cartel in the north.",
			[]string{"Luis Mena Soto|memberOf|Gulf Cartel", "Carlos Ruiz Vega|memberOf|Gulf Cartel", "Ana Ruiz Vega|memberOf|Gulf Cartel"},
			[]string{"Pedro Mena Soto|memberOf|Gulf Cartel"}},
		{"an indefinite kin apposition",
			"Luis Mena Soto, a friend of Pedro Mena Soto, and Carlos Ruiz Vega belong to the Gulf Cartel.",
			[]string{"Luis Mena Soto|memberOf|Gulf Cartel", "Carlos Ruiz Vega|memberOf|Gulf Cartel"},
			[]string{"Pedro Mena Soto|memberOf|Gulf Cartel"}},
	})
}
