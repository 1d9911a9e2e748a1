package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestTheirMeeting: "their" before a meeting noun refers to the
// coordinated people just before it ("A and B Before Their Meeting"), who
// met each other; one person, or an asymmetric cue, relates no pair.
func TestTheirMeeting(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a remarks headline before the meeting",
			"Secretary Ana Ruiz and Peruvian President Carlos Vega Before Their Meeting\n\nThe minister spoke first.",
			[]string{"Ana Ruiz|metWith|Carlos Vega"}, nil},
		{"held their first meeting",
			"News\n\nSecretary Ana Ruiz and Foreign Minister Carlos Vega held their first meeting in Lima on Monday.",
			[]string{"Ana Ruiz|metWith|Carlos Vega"}, nil},
		{"one person before their",
			"News\n\nForeign Minister Carlos Vega of Peru and his staff prepared for their meeting with the press.",
			nil, []string{"Carlos Vega|metWith|Peru"}},
	})
}
