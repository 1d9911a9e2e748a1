package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestVisitedSites: a visit to a body's site or to a state's facility is a
// tour, no meeting; a visit to a state is still a meeting with it.
func TestVisitedSites(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a state's prison visited",
			text: "President Ana Ruiz of Chile, who visited Bolivia’s Chonchocoro prison in 2023, wants a jail like it built near Arica.",
			not:  []string{"Ana Ruiz|metWith|Bolivia"}},
		{name: "bodies visited",
			text: "On her last day, Commander Joan Whitby of the U.S. Coast Guard visited Ecuador’s National Maritime Surveillance Service (SNVM) and the Naval Aviation Command (CAN) in Guayaquil.",
			not:  []string{"Joan Whitby|metWith|National Maritime Surveillance Service", "Joan Whitby|metWith|Naval Aviation Command", "Joan Whitby|metWith|Ecuador"}},
		{name: "a state visited",
			text: "General Ana Ruiz of the U.S. Southern Command visited Bolivia this week.",
			want: []string{"Ana Ruiz|metWith|Bolivia"}},
	})
}
