package extract

import "testing"

// TestDropVisitedPlaces: a visit is a meeting with the state visited only
// while the text names no one the visitor met.
func TestDropVisitedPlaces(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "the people met are named",
			text: "Gen. Rosa Alvarez, commander of the Pacific Regional Command, visited Paraguay and Uruguay last week and met with Paraguayan President Tomas Herrera to discuss border security.",
			want: []string{"Rosa Alvarez|metWith|Tomas Herrera"},
			not:  []string{"Rosa Alvarez|metWith|Paraguay", "Rosa Alvarez|metWith|Uruguay"}},
		{name: "the hosts go unnamed",
			text: "Gen. Rosa Alvarez visited Paraguay and Uruguay last week. In each capital, Alvarez held meetings with senior security officials.",
			want: []string{"Rosa Alvarez|metWith|Paraguay", "Rosa Alvarez|metWith|Uruguay"}},
		{name: "someone else met a person",
			text: "Gen. Rosa Alvarez visited Paraguay on Monday. Separately, Minister Lucia Vargas met with President Tomas Herrera.",
			want: []string{"Rosa Alvarez|metWith|Paraguay", "Lucia Vargas|metWith|Tomas Herrera"}},
	})
}

// TestDropStatesMetInPerson: a person's meeting with a state gives way to
// the meeting with the official of that state the text names.
func TestDropStatesMetInPerson(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "the state's minister, named in the next sentence",
			text: "Secretary Rosa Alvarez met with Paraguay's interior minister yesterday in Asuncion. Alvarez met with Interior Minister Tomas Herrera to discuss border security.",
			want: []string{"Rosa Alvarez|metWith|Tomas Herrera"},
			not:  []string{"Rosa Alvarez|metWith|Paraguay"}},
		{name: "the person of the state in a headline",
			text: "Readout of Secretary Rosa Alvarez's Meeting with President Tomas Herrera of Paraguay\n\nSecretary Rosa Alvarez met with President Tomas Herrera of Paraguay today.",
			want: []string{"Rosa Alvarez|metWith|Tomas Herrera"},
			not:  []string{"Rosa Alvarez|metWith|Paraguay"}},
		{name: "the state's officials left unnamed",
			text: "Secretary Rosa Alvarez met with security ministers from Paraguay and Uruguay on Monday.",
			want: []string{"Rosa Alvarez|metWith|Paraguay", "Rosa Alvarez|metWith|Uruguay"}},
	})
}

// TestDropCompanions: joining an official of one's own state is company,
// joining a foreign official a meeting.
func TestDropCompanions(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "the host and one's own ambassador",
			text: "Adm. Rosa Alvarez, commander of U.S. Southern Command, joined Paraguayan President Tomas Herrera and U.S. Ambassador Mark Ellison on Monday as Paraguay signed an agreement.",
			want: []string{"Rosa Alvarez|metWith|Tomas Herrera"},
			not:  []string{"Rosa Alvarez|metWith|Mark Ellison"}},
		{name: "meeting one's own ambassador stays a meeting",
			text: "Adm. Rosa Alvarez, commander of U.S. Southern Command, met with U.S. Ambassador Mark Ellison on Monday.",
			want: []string{"Rosa Alvarez|metWith|Mark Ellison"}},
	})
}
