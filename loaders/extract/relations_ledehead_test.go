package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestForwardHeadReferent: a lede's "the head of …" object names the one
// person the next sentences give as a criminal group's head; with no such
// person named, it names no one.
func TestForwardHeadReferent(t *testing.T) {
	checkRelCases(t, []relCase{
		{"named in the next sentence",
			"Kingpin Extradited\n\nPeru has extradited the head of the country's largest drug gang to face charges.\n\nOfficials said a plane brought the leader of the Sinaloa Cartel, Tomas Ledesma, to Denver on Friday. Ledesma will appear in court.",
			[]string{"Peru|extradited|Tomas Ledesma"}, nil},
		{"no head named",
			"Kingpin Extradited\n\nPeru has extradited the head of the country's largest drug gang to face charges.\n\nOfficials said a plane brought Tomas Ledesma, 41, to Denver on Friday. Ledesma will appear in court.",
			nil, []string{"Peru|extradited|Tomas Ledesma"}},
	})
}
