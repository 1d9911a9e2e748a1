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
