package extract

import "testing"

// TestParticipantsList: a readout's closing list of participants names the
// people its principal met; a list under another heading does not. The
// copy is invented.
func TestParticipantsList(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "leaders listed under a participants line",
			text: "Readout of the Minister's Meeting with Andean Leaders\nForeign Minister Tomas Hale of Peru met virtually today with four leaders of the Andean region.\nThe leaders that participated:\n- President Carla Ruiz of Chile\n- Prime Minister Ana Vidal of Bolivia",
			want: []string{"Tomas Hale|metWith|Carla Ruiz", "Tomas Hale|metWith|Ana Vidal"}},
		{name: "a list under another heading",
			text: "Readout of the Minister's Meeting with Andean Leaders\nForeign Minister Tomas Hale of Peru met virtually today with four leaders of the Andean region.\nThe river authority is run by:\n- President Carla Ruiz of Chile\n- Prime Minister Ana Vidal of Bolivia",
			not:  []string{"Tomas Hale|metWith|Carla Ruiz", "Tomas Hale|metWith|Ana Vidal"}},
	})
}
