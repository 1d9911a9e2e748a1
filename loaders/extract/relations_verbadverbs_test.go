package extract

import "testing"

// TestVerbAdverbs: a time adverb between a verb and the "with" of its
// partner ("spoke today with", "met Monday with") keeps the partner.
func TestVerbAdverbs(t *testing.T) {
	const us = "WASHINGTON — "
	checkRelCases(t, []relCase{
		{"spoke today with", us + "Secretary of Defense Mark Nolte spoke today with Colombian Minister of Defense Pedro Ruano.",
			[]string{"Mark Nolte|metWith|Pedro Ruano"}, nil},
		{"conferred again with", us + "Secretary of Defense Mark Nolte conferred again with Colombian Minister of Defense Pedro Ruano.",
			[]string{"Mark Nolte|metWith|Pedro Ruano"}, nil},
		{"spoke of the day with", us + "Secretary of Defense Mark Nolte spoke about Colombia with reporters, praising Minister of Defense Pedro Ruano.",
			nil, []string{"Mark Nolte|metWith|Pedro Ruano"}},
	})
}
