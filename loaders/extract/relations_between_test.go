package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestEffortsBetween: "efforts between A and B" is cooperation of each
// with each; "efforts" alone, or efforts with no "between", relate no one.
func TestEffortsBetween(t *testing.T) {
	checkRelCases(t, []relCase{
		{"collaborative efforts between two states",
			"Fugitive returned\n\nThe return shows the collaborative efforts between the United States and Peru to find fugitives.",
			[]string{"United States|cooperatesWith|Peru"}, nil},
		{"joint effort between three states",
			"Fugitive returned\n\nIt was a joint effort between Peru, Chile and Bolivia.",
			[]string{"Peru|cooperatesWith|Chile", "Peru|cooperatesWith|Bolivia", "Chile|cooperatesWith|Bolivia"}, nil},
		{"efforts of one state against another",
			"Fugitive returned\n\nPeru praised the efforts of Chile against the Los Rojos gang.",
			nil, []string{"Peru|cooperatesWith|Chile"}},
	})
}

// TestQuotedCooperationBetween: a quoted speaker's "cooperation between A
// and B" or "teamwork by A, B and C" states a standing tie between named
// parties, as it does outside quotes, also when the noun opens the
// quotation or the parties are a state and a demonym before "law
// enforcement authorities"; other quoted cues stay the speaker's.
func TestQuotedCooperationBetween(t *testing.T) {
	checkRelCases(t, []relCase{
		{"quoted cooperation between two named states",
			"News\n\n\"The cooperation between Peru and Chile resulted in his return,\" said Ana Ruiz, director of the office.",
			[]string{"Peru|cooperatesWith|Chile"}, nil},
		{"a state and a demonym before a modified head noun",
			"News\n\nVega was returned to Peru. The case shows how effective cooperation between U.S. and Peruvian law enforcement authorities keeps communities safe.",
			[]string{"United States|cooperatesWith|Peru"}, nil},
		{"the same inside a quotation",
			"News\n\nVega was returned to Peru. \"The case shows how effective cooperation between U.S. and Peruvian law enforcement authorities keeps our communities safe,\" said Ana Ruiz.",
			[]string{"United States|cooperatesWith|Peru"}, nil},
		{"a quotation opening with the noun",
			"News\n\n\"Cooperation between Peru and Chile has grown every year,\" said Ana Ruiz, director of the office.",
			[]string{"Peru|cooperatesWith|Chile"}, nil},
		{"quoted teamwork by three bodies",
			"News\n\n\"Thanks to steady teamwork by the Peruvian National Police, Interpol and the Chilean Navy, he was returned,\" said Ana Ruiz.",
			[]string{"Peruvian National Police|cooperatesWith|Interpol", "Interpol|cooperatesWith|Chilean Navy", "Peruvian National Police|cooperatesWith|Chilean Navy"}, nil},
		{"teamwork by one body",
			"News\n\nThe return followed steady teamwork by Interpol.",
			nil, []string{"Interpol|cooperatesWith|Interpol"}},
		{"a quoted verb cue is still the speaker's",
			"News\n\n\"Peru will cooperate with Chile,\" said Ana Ruiz, director of the office.",
			nil, []string{"Peru|cooperatesWith|Chile"}},
	})
}
