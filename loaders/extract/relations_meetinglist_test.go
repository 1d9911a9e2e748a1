package extract

import "testing"

// TestMeetingList: people set out line by line after a meeting, under a
// heading in capitals or a line ending with a colon that speaks of the
// meeting, are met by its principal when they serve another government; a
// list of the principal's own side, or under another heading, is not. The
// copy is invented.
func TestMeetingList(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "grouped delegation under a heading in capitals",
			text: "Minister Tomas Hale of Peru Meets with Andean Prosecutors\n\nOn Monday, Minister Tomas Hale of Peru met with the prosecutors of Chile and Bolivia.\n\nDELEGATION\n\nChile:\n\nCarla Ruiz, Prosecutor General\n\nBolivia:\n\nAna Vidal, Prosecutor General\n\nMore information is on the ministry's website.",
			want: []string{"Tomas Hale|metWith|Carla Ruiz", "Tomas Hale|metWith|Ana Vidal"}},
		{name: "bulleted list under a line speaking of meetings",
			text: "Readout of Minister Hale's Visit to Chile\n\nMinister Tomas Hale of Peru traveled to Santiago for a conference.\n\nWhile there, the minister had separate meetings with the following officials:\n\n- Carla Ruiz, Chile's Minister of Justice\n\n- Representatives from Bolivia and Ecuador",
			want: []string{"Tomas Hale|metWith|Carla Ruiz", "Tomas Hale|metWith|Bolivia", "Tomas Hale|metWith|Ecuador"}},
		{name: "participants under a colon heading, state officials met, own side not",
			text: "Readout of Vice President Lena Marsh’s Meeting with State Attorneys General\n\nToday, Vice President Lena Marsh of the United States convened attorneys general from two states.\n\nParticipants:\n\n- Attorney General Owen Pryce (Ohio)\n- Attorney General Dana Holt (New Mexico)\n- Director of the Office of Fiscal Policy, Ray Dunmore",
			want: []string{"Lena Marsh|metWith|Owen Pryce", "Lena Marsh|metWith|Dana Holt"},
			not:  []string{"Lena Marsh|metWith|Ray Dunmore"}},
		{name: "a list under another heading",
			text: "Minister Tomas Hale of Peru Meets with Andean Prosecutors\n\nOn Monday, Minister Tomas Hale of Peru met with the prosecutors of Chile and Bolivia.\n\nThe river authority is run by:\n\n- Carla Ruiz, Chile's Minister of Justice",
			not:  []string{"Tomas Hale|metWith|Carla Ruiz"}},
	})
}
