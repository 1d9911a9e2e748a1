package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestCoordinationTeamworkNouns: "coordination" and "teamwork" name a
// cooperation as "collaboration" does, between the actors a possessor,
// "with" or "between" gives; without a second actor they name none.
func TestCoordinationTeamworkNouns(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "possessor's coordination with",
			text: "Brazil's coordination with Colombia has improved this year.",
			want: []string{"Brazil|cooperatesWith|Colombia"}},
		{name: "coordination meeting between",
			text: "A coordination meeting between Chile and Peru took place in Lima.",
			want: []string{"Chile|cooperatesWith|Peru"}},
		{name: "teamwork between",
			text: "The teamwork demonstrated daily between Bolivia and Ecuador is admirable.",
			want: []string{"Bolivia|cooperatesWith|Ecuador"}},
		{name: "coordination of one actor's response",
			text: "Uruguay praised the coordination of Paraguay's response to the floods.",
			not:  []string{"Uruguay|cooperatesWith|Paraguay"}},
	})
}
