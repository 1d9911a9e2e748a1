package extract

import "testing"

// TestRepresentativesJoined: a roll of the governments whose
// representatives joined a meeting is met by each host named just before
// it; a roll after no meeting, or a roll holding other things, is not. The
// copy is invented.
func TestRepresentativesJoined(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a roll in the paragraph after the welcome",
			text: "Readout of the Migration Plan Launch\n\nOn Monday, National Security Advisor Tomas Hale and Homeland Security Advisor Nina Ortez welcomed representatives from countries across the region to the White House.\n\nRepresentatives from the Republic of Chile, Bolivia and the Republic of Ecuador joined senior U.S. officials to launch a shared plan.",
			want: []string{"Tomas Hale|metWith|Chile", "Nina Ortez|metWith|Bolivia", "Nina Ortez|metWith|Ecuador"},
			not:  []string{"Tomas Hale|metWith|United States"}},
		{name: "no meeting before the roll",
			text: "Readout of the Migration Plan Launch\n\nAdviser Tomas Hale of the United States spoke about migration on Monday.\n\nRepresentatives from Chile, Bolivia and Ecuador joined the call to launch a shared plan.",
			not:  []string{"Tomas Hale|metWith|Chile", "Tomas Hale|metWith|Bolivia"}},
		{name: "a roll holding an agency",
			text: "Readout\n\nOn Monday, Adviser Tomas Hale of the United States hosted a meeting on migration.\n\nRepresentatives from Chile, the International Organization for Migration and Ecuador joined senior officials.",
			not:  []string{"Tomas Hale|metWith|Chile", "Tomas Hale|metWith|Ecuador"}},
	})
}
