package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestBothStatesSubject: "both countries", "the two governments" as the
// subject of a cue stand for the two states named before them, a body
// standing for its state; with one state named before, or as a
// possessive, they stand for no one.
func TestBothStatesSubject(t *testing.T) {
	checkRelCases(t, []relCase{
		{"both countries after a meeting of their officials",
			"News\n\nThe foreign minister of Peru met Chile's president in Lima. Both countries committed to working together on improving security.",
			[]string{"Peru|cooperatesWith|Chile"}, nil},
		{"the two governments after a state and a body of another",
			"News\n\nThe United States has long aided Peru. The Department of Homeland Security hosted officials of Peru in May. The two governments will collaborate to protect migrants.",
			[]string{"United States|cooperatesWith|Peru"}, nil},
		{"only one state named before",
			"News\n\nPeru held an election. Both countries will collaborate to protect migrants.",
			nil, []string{"Peru|cooperatesWith|Chile"}},
	})
}

// TestBothStatesBetween: "between the two nations" after a noun of a
// symmetric tie relates the two states named before; with one state
// named, no one.
func TestBothStatesBetween(t *testing.T) {
	checkRelCases(t, []relCase{
		{"talks between the two nations",
			"News\n\nPresident Ana Ruiz of Peru met Chilean President Tomas Vidal in Lima to discuss trade negotiations between the two nations.",
			[]string{"Peru|negotiatesWith|Chile"}, nil},
		{"cooperation between our two countries",
			"News\n\nChile's defense minister visited Peru on Monday. The visit marks a new era of cooperation between our two countries.",
			[]string{"Chile|cooperatesWith|Peru"}, nil},
		{"one state named",
			"News\n\nPeru held an election. The result may slow cooperation between the two countries.",
			nil, []string{"Peru|cooperatesWith|Chile"}},
	})
}
