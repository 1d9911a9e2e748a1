package extract

import "testing"

// TestParticipantsList: a readout's closing list of participants names the
// people its principals met, each of them every person listed; a list
// under another heading does not. The
// copy is invented.
func TestParticipantsList(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "leaders listed under a participants line",
			text: "Readout of the Minister's Meeting with Andean Leaders\nForeign Minister Tomas Hale of Peru met virtually today with four leaders of the Andean region.\nThe leaders that participated:\n- President Carla Ruiz of Chile\n- Prime Minister Ana Vidal of Bolivia",
			want: []string{"Tomas Hale|metWith|Carla Ruiz", "Tomas Hale|metWith|Ana Vidal"}},
		{name: "several officials met, each met each participant",
			text: "Readout of a Meeting with County Sheriffs\n\nToday, Nora Quill, Dov Brandt and Lila Sorensen met with members of the Sheriffs Council to discuss border security.\n\nParticipants included:\n\n- Sheriff Amos Whitfield, Chair of the Council\n\n- Sheriff Rhea Calloway",
			want: []string{"Nora Quill|metWith|Amos Whitfield", "Dov Brandt|metWith|Amos Whitfield", "Lila Sorensen|metWith|Rhea Calloway"},
			not:  []string{"Nora Quill|metWith|Nora Quill"}},
		{name: "a list under another heading",
			text: "Readout of the Minister's Meeting with Andean Leaders\nForeign Minister Tomas Hale of Peru met virtually today with four leaders of the Andean region.\nThe river authority is run by:\n- President Carla Ruiz of Chile\n- Prime Minister Ana Vidal of Bolivia",
			not:  []string{"Tomas Hale|metWith|Carla Ruiz", "Tomas Hale|metWith|Ana Vidal"}},
	})
}
