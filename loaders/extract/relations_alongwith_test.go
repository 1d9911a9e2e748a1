package extract

import "testing"

// TestAlongWithSubject: ", along with B," set off between a subject and
// its verb makes B a second actor beside A, also when both carry an
// appositive; a companion phrase that names no one leaves A alone.
func TestAlongWithSubject(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "along with",
			text: "Senator Tom Walden, along with Senator Ana Reyes, today met with Bolivian Foreign Minister Luis Paredes.",
			want: []string{"Tom Walden|metWith|Luis Paredes", "Ana Reyes|metWith|Luis Paredes"}},
		{name: "together with, appositives",
			text: "U.S. Senator Tom Walden (R-Ohio), chairman of the Senate Armed Services Committee, together with Senator Ana Reyes (D-Ore.), chairman of the Subcommittee on Trade, Transport, and Energy, today met with Bolivian Foreign Minister Luis Paredes.",
			want: []string{"Tom Walden|metWith|Luis Paredes", "Ana Reyes|metWith|Luis Paredes"}},
		{name: "unnamed companions",
			text: "The Coast Guard, along with our Peruvian partners, seized three tons of cocaine from the Los Andes network.",
			not:  []string{"Peru|seized|Los Andes network"}},
	})
}
