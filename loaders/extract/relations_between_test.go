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
