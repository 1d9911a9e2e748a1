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
