package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestSemicolonListOfAliasedGroups: a list of groups each followed by its
// other name ("A, known as X; B, or Y; and C") names every group; a verb
// "confront" states action against them; a semicolon that ends a clause
// joins nothing.
func TestSemicolonListOfAliasedGroups(t *testing.T) {
	checkRelCases(t, []relCase{
		{"semicolon list with aliases",
			"News\n\nThe Peruvian government is confronting armed groups, chiefly the Gulf Cartel, known as CDG; the Sinaloa Cartel, or CDS; and the remnants of Los Zetas.",
			[]string{"Peru|deployedAgainst|Gulf Cartel", "Peru|deployedAgainst|Sinaloa Cartel", "Peru|deployedAgainst|Los Zetas"}, nil},
		{"a clause-ending semicolon joins nothing",
			"News\n\nPeru confronted the Gulf Cartel; Chile hosted the Sinaloa Cartel talks.",
			[]string{"Peru|deployedAgainst|Gulf Cartel"}, []string{"Peru|deployedAgainst|Sinaloa Cartel"}},
		{"a semicolon after a bare item joins clauses",
			"News\n\nPeru confronted the Gulf Cartel; and the Sinaloa Cartel met Chile.",
			[]string{"Peru|deployedAgainst|Gulf Cartel"}, []string{"Peru|deployedAgainst|Sinaloa Cartel"}},
		{"a comma list ends at an apposition that is no alias",
			"News\n\nPeru confronted the Gulf Cartel, known for extortion; and the Sinaloa Cartel met Chile.",
			[]string{"Peru|deployedAgainst|Gulf Cartel"}, []string{"Peru|deployedAgainst|Sinaloa Cartel"}},
	})
}

// TestSemicolonListOfStatesPeople: people each set off by the state they
// serve ("A of Chile; B of Peru; and C of Bolivia") form one list, however
// long, after a meeting verb.
func TestSemicolonListOfStatesPeople(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a long list of people of states",
			"News\n\nDuring the first session, Secretary Ana Ruiz held a discussion with President Tomas Herrera of Chile; President Mario Quispe of Peru; Vice President Lucia Vargas of Bolivia; Minister Pedro Rojas of Ecuador; Minister Carla Soto of Paraguay; and Minister Jorge Diaz of Uruguay.",
			[]string{"Ana Ruiz|metWith|Tomas Herrera", "Ana Ruiz|metWith|Mario Quispe", "Ana Ruiz|metWith|Lucia Vargas", "Ana Ruiz|metWith|Pedro Rojas", "Ana Ruiz|metWith|Carla Soto", "Ana Ruiz|metWith|Jorge Diaz"}, nil},
	})
}
