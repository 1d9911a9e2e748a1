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
