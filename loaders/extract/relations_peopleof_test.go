package extract

import "testing"

// TestPeopleOfState: praise of "the people of" a state is support of the
// state; "the people of" a city names no state's support.
func TestPeopleOfState(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "commends the people of a state",
			text: "Chile commends the people of Peru for their peaceful elections.",
			want: []string{"Chile|supports|Peru"}},
		{name: "congratulated the people of a state",
			text: "Minister Tomas Abreu Lira of Chile congratulated the people of Peru on their national day.",
			want: []string{"Tomas Abreu Lira|supports|Peru"}},
		{name: "the people of a city",
			text: "Chile commends the people of Valparaiso for their courage.",
			not:  []string{"Chile|supports|Peru"}},
	})
}
