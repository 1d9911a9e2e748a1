package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestJoinedCompany: those who join a meeting together do not meet each
// other, and the one joined on the way to a meeting with others is
// company; joining a host-country official is still a meeting.
func TestJoinedCompany(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "two joiners of a meeting",
			text: "Tomas Herrera, Senior Director for the Andes at the National Security Council, and Mario Quispe, the Acting Assistant Secretary of State for the Andes, joined the meeting. The United States thanked them.",
			not:  []string{"Mario Quispe|metWith|National Security Council", "Mario Quispe|metWith|Tomas Herrera"}},
		{name: "joined a colleague and met with others",
			text: "Afterward, Secretary Ana Ruiz joined Secretary Tomas Herrera and met with President Mario Quispe, Minister Lucia Vargas, and other members of the cabinet.",
			want: []string{"Ana Ruiz|metWith|Mario Quispe", "Tomas Herrera|metWith|Mario Quispe", "Ana Ruiz|metWith|Lucia Vargas"},
			not:  []string{"Ana Ruiz|metWith|Tomas Herrera"}},
		{name: "joining a host official",
			text: "In La Paz, General Ana Ruiz joined Bolivian President Tomas Herrera at the military academy.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera"}},
	})
}
