package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestAidRelativeDonor: aid delivered in a relative clause is delivered
// by the relative pronoun's antecedent: a named group, or no one when the
// antecedent is a description ("a Peru-based group that provides …"),
// not a name inside that description.
func TestAidRelativeDonor(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a named antecedent",
			text: "Peru sanctioned the Gulf Cartel, which provides weapons and funds to Los Zetas.",
			want: []string{"Gulf Cartel|supports|Los Zetas"}},
		{name: "a description naming a state",
			text: "The Gulf Cartel is a Peru-based criminal group that provides material support to Los Zetas.",
			not:  []string{"Peru|supports|Los Zetas"}},
	})
}
