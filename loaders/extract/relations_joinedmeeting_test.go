package extract

import "testing"

// TestJoinedMeetings: those who join someone in a meeting, or take part
// in one, meet the people it is with; so does the one joined, named or
// referred to by title; a planned or negated part is none.
func TestJoinedMeetings(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "joined the ambassador, referred to by title, in a meeting with two people",
			text: "Ambassador Ana Ruiz hosted officials in Asuncion on Monday. Trade Advisor Tomas Herrera joined the Ambassador in a meeting with Interior Minister Lucia Vargas and Police Director Marco Salas to discuss border security.",
			want: []string{"Tomas Herrera|metWith|Lucia Vargas", "Tomas Herrera|metWith|Marco Salas",
				"Ana Ruiz|metWith|Lucia Vargas", "Ana Ruiz|metWith|Marco Salas"}},
		{name: "took part in talks",
			text: "Minister Ana Ruiz took part in bilateral talks with President Lucia Vargas of Bolivia on Friday.",
			want: []string{"Ana Ruiz|metWith|Lucia Vargas"}},
		{name: "will take part: planned",
			text: "Minister Ana Ruiz will take part in talks with President Lucia Vargas of Bolivia next week.",
			not:  []string{"Ana Ruiz|metWith|Lucia Vargas"}},
		{name: "joined several, the meeting after for",
			text: "On Tuesday, Attorney General Tomas Herrera joined members of the cabinet and President Ana Ruiz for a bilateral meeting with Prime Minister Lucia Vargas of Belize to discuss security.",
			want: []string{"Tomas Herrera|metWith|Lucia Vargas", "Ana Ruiz|metWith|Lucia Vargas"}},
		{name: "joined the force, for years: no meeting",
			text: "Commander Tomas Herrera joined the police and for years worked with Director Marco Salas in Lima.",
			not:  []string{"Tomas Herrera|metWith|Marco Salas"}},
		{name: "joined a body in a campaign, not a meeting",
			text: "Peru joined Bolivia in a campaign with Chile against trafficking.",
			not:  []string{"Peru|metWith|Chile", "Bolivia|metWith|Chile"}},
	})
}
