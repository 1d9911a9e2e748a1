package extract

import "testing"

// TestMetPeopleListed: a meeting with a group of officials that a list
// then names is a meeting with each person listed, not with the state a
// demonym names; what the list's people do after it is not part of it.
func TestMetPeopleListed(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a group of leaders, listed with titles and semicolons",
			text: "Ambassador Ana Ruiz later met with a group of senior Bolivian leaders, including the president's chief of staff, Tomas Herrera; Minister of Health, Lucia Vargas; and Vice Minister of Defense, Col. Mario Quispe.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera", "Ana Ruiz|metWith|Lucia Vargas", "Ana Ruiz|metWith|Mario Quispe"},
			not:  []string{"Ana Ruiz|metWith|Bolivia"}},
		{name: "officials such as",
			text: "Ambassador Ana Ruiz met with Bolivian officials such as Tomas Herrera and Lucia Vargas on Monday.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera", "Ana Ruiz|metWith|Lucia Vargas"}},
		{name: "a clause after the list",
			text: "Ambassador Ana Ruiz met with senior Bolivian officials, including Tomas Herrera, who briefed her on talks with Minister Lucia Vargas.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera"},
			not:  []string{"Ana Ruiz|metWith|Lucia Vargas"}},
	})
}

// TestMetPeopleListedAfterAdjunct: a phrase of place or occasion between
// the group of officials and its list ("leaders from the region in Lima,
// including A") still lists whom the subjects met; two subjects meet the
// people listed, not each other; a clause in between lists no one met.
func TestMetPeopleListedAfterAdjunct(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a place between the group and its list, two subjects",
			text: "Secretary Ana Ruiz and Bolivian Foreign Minister Tomas Herrera met with leaders from Andean countries in Lima, Peru, including Minister of Defense Lucia Vargas of Chile and Interior Minister Mario Quispe of Ecuador.",
			want: []string{"Ana Ruiz|metWith|Lucia Vargas", "Ana Ruiz|metWith|Mario Quispe", "Tomas Herrera|metWith|Lucia Vargas", "Tomas Herrera|metWith|Mario Quispe"},
			not:  []string{"Ana Ruiz|metWith|Tomas Herrera"}},
		{name: "an occasion between the group and its list",
			text: "General Owen Tate met with Caribbean officials at a two-day security conference in Kingston, including the Minister of National Security of Jamaica, Dr. Elena Soto.",
			want: []string{"Owen Tate|metWith|Elena Soto"}},
		{name: "a clause between the group and the list",
			text: "Admiral Ana Ruiz met with officials in La Paz and reviewed programs, including one run by Tomas Herrera.",
			not:  []string{"Ana Ruiz|metWith|Tomas Herrera"}},
	})
}
