package extract

import "testing"

// TestJoinedLastMeeting: one who joins a meeting told before, or one
// side's delegation in it, meets its persons of the other government, not
// those of their own.
func TestJoinedLastMeeting(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "joined the meeting",
			text: "U.S. Assistant Secretary of Defense Ana Ruiz hosted Paraguayan Minister of Defense Tomas Herrera at the Pentagon. Later, U.S. Deputy Secretary of Defense Lucia Vargas joined the meeting.",
			want: []string{"Lucia Vargas|metWith|Tomas Herrera"},
			not:  []string{"Lucia Vargas|metWith|Ana Ruiz"}},
		{name: "joined a side's delegation",
			text: "U.S. Under Secretary of State Ana Ruiz met Paraguayan Foreign Minister Tomas Herrera in Encarnacion. Pedro Soto, a senior director at the National Security Council, joined the U.S. delegation there.",
			want: []string{"Pedro Soto|metWith|Tomas Herrera"},
			not:  []string{"Pedro Soto|metWith|Ana Ruiz"}},
		{name: "a meeting with someone named",
			text: "U.S. Under Secretary of State Ana Ruiz met Paraguayan Foreign Minister Tomas Herrera. U.S. Deputy Secretary Lucia Vargas later joined the talks.",
			want: []string{"Lucia Vargas|metWith|Tomas Herrera"}},
		{name: "will join",
			text: "U.S. Under Secretary of State Ana Ruiz met Paraguayan Foreign Minister Tomas Herrera. U.S. Deputy Secretary Lucia Vargas will join the talks.",
			not:  []string{"Lucia Vargas|metWith|Tomas Herrera"}},
	})
}
