package extract

import "testing"

// TestAccompanimentFrontedAndClose: "in close coordination with B" is an
// accompaniment like "in coordination with B", and one that opens its
// sentence joins B with the clause's subject; a fronted "With support
// from B" is left to its own reading.
func TestAccompanimentFrontedAndClose(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "in close collaboration",
			text: "Paraguay, in close collaboration with Brazil, seized three tons of cocaine.",
			want: []string{"Paraguay|cooperatesWith|Brazil"}},
		{name: "fronted in close coordination",
			text: "In close coordination with the Brazilian Navy, the Paraguayan Navy seized three tons of cocaine.",
			want: []string{"Paraguayan Navy|cooperatesWith|Brazilian Navy"}},
		{name: "fronted working closely",
			text: "Working closely with Brazil, Paraguay dismantled the network.",
			want: []string{"Paraguay|cooperatesWith|Brazil"}},
		{name: "fronted support",
			text: "With support from Brazil, Paraguay dismantled the network.",
			not:  []string{"Paraguay|cooperatesWith|Brazil"}},
	})
}
