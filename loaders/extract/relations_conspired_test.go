package extract

import "testing"

// TestConspiredWith: "conspired with" a named person states that the two
// worked together; "conspired with others" names no partner, and a place
// or state later in the clause is none.
func TestConspiredWith(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "two named partners",
			text: "Report\n\nMateo Quintanar Robles, 51, of Laredo, pleaded guilty. According to his plea agreement, Quintanar conspired with Elisa Barragan Touma and Rodrigo Feliu Cano to bribe customs officials.",
			want: []string{"Mateo Quintanar Robles|cooperatesWith|Elisa Barragan Touma", "Mateo Quintanar Robles|cooperatesWith|Rodrigo Feliu Cano"}},
		{name: "others: no partner named",
			text: "Report\n\nMateo Quintanar Robles, 51, pleaded guilty. According to the indictment, Quintanar conspired with others to import cocaine into the United States.",
			not:  []string{"Mateo Quintanar Robles|cooperatesWith|United States"}},
	})
}

// TestConspiredTo: the defendants who "conspired to" act together
// cooperate; the gerund of a charge ("pleaded guilty to charges of
// conspiring to …") names what they admit, not a tie.
func TestConspiredTo(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "three named conspirators",
			text: "Report\n\nThe defendants, Marco Ferretti, Daniel Rochal and Pablo Ibarrondo, were extradited in May. Between 2019 and 2020, Ferretti, Rochal and Ibarrondo conspired to sell rifles to an armed group.",
			want: []string{"Marco Ferretti|cooperatesWith|Daniel Rochal", "Daniel Rochal|cooperatesWith|Pablo Ibarrondo"}},
		{name: "pleaded guilty to conspiring",
			text: "Report\n\nTwo former bankers, Marco Ferretti and Daniel Rochal, each pleaded guilty in federal court to conspiring to launder money.",
			want: []string{"Marco Ferretti|cooperatesWith|Daniel Rochal"}},
		{name: "a charge named",
			text: "Report\n\nTwo nationals, Marco Ferretti, 31, and Daniel Rochal, 30, pleaded guilty in federal court to charges of conspiring to commit wire fraud.",
			not:  []string{"Marco Ferretti|cooperatesWith|Daniel Rochal", "Daniel Rochal|cooperatesWith|Marco Ferretti"}},
	})
}
