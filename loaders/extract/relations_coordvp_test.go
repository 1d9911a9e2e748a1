package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestCoordinatedPredicates: a verb after ", " or "and" that continues a
// series of predicates has the first one's subject, not a name in the
// first one's object (in a relative clause, the relative pronoun's
// antecedent); a clause with its own subject keeps it.
func TestCoordinatedPredicates(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a series after 'expressed appreciation for X's …'",
			"News\n\nDeputy Secretary Ana Ruiz expressed appreciation for Peru’s effective response to recent violence, congratulated Peru on its efforts toward creating a new center, and welcomed reforms.",
			[]string{"Ana Ruiz|supports|Peru"}, nil},
		{"a possessor in the first object is not the second verb's subject",
			"News\n\nDeputy Secretary Ana Ruiz praised Chile’s response and congratulated Peru on its efforts.",
			[]string{"Ana Ruiz|supports|Chile", "Ana Ruiz|supports|Peru"}, []string{"Chile|supports|Peru"}},
		{"a second clause with its own subject",
			"News\n\nPeru arrested Luis Mora in May, and Chile extradited Carlos Vega in June.",
			[]string{"Chile|extradited|Carlos Vega"}, []string{"Peru|extradited|Carlos Vega"}},
		{"a subject with a description set off before the first verb",
			"News\n\nGen. Ana Ruiz, the commander of the Andean Command, visited Bolivia June 29-30 and met with Bolivian President Tomas Herrera.",
			[]string{"Ana Ruiz|metWith|Tomas Herrera"}, []string{"Bolivia|metWith|Tomas Herrera"}},
		{"a relative clause's second verb has the relative's antecedent, not the first object",
			"News\n\nPeru released 40 traders who have cut ties with the Gulf Cartel and are now assisting Bolivian authorities.",
			nil, []string{"Gulf Cartel|supports|Bolivia"}},
		{"a relative clause's second verb after a named antecedent",
			"News\n\nPeru sanctioned the Gulf Cartel, which has sold arms to Los Zetas and supports the Sinaloa Cartel.",
			[]string{"Gulf Cartel|supports|Sinaloa Cartel"}, []string{"Los Zetas|supports|Sinaloa Cartel"}},
		{"a negated first verb opens no series",
			"News\n\nDeputy Secretary Ana Ruiz never praised Chile’s response and congratulated Peru on its efforts.",
			nil, []string{"Ana Ruiz|supports|Chile"}},
	})
}
