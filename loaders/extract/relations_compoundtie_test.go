package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestCompoundTie: a compound of two states opens a noun phrase that ends
// in a tie noun over any run of lower-case premodifiers; a strained tie,
// a phrase broken by other words or a compound naming no tie states none.
func TestCompoundTie(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "one premodifier before cooperation",
			text: "Minister Ana Ruiz praised Chile-Peru security cooperation.",
			want: []string{"Chile|cooperatesWith|Peru"}},
		{name: "coordinated premodifiers before partnership",
			text: "The visit shows the weight Chile places on the Chile-Uruguay bilateral maritime and aviation safety partnership.",
			want: []string{"Chile|cooperatesWith|Uruguay"}},
		{name: "a relationship after a premodifier",
			text: "Admiral Luis Soto welcomed the growing Paraguay-Bolivia defense relationship, the ministry said.",
			want: []string{"Paraguay|cooperatesWith|Bolivia"}},
		{name: "a strained relationship",
			text: "Analysts described the tense Chile-Bolivia maritime relationship.",
			not:  []string{"Chile|cooperatesWith|Bolivia"}},
		{name: "a compound naming a border",
			text: "Smugglers crossed the Chile-Argentina border near the old mining town of Las Piedras, police said.",
			not:  []string{"Chile|cooperatesWith|Argentina"}},
		{name: "a tie noun beyond a clause of other words",
			text: "The Chile-Argentina border, said the envoy of Brazil, needs cooperation.",
			not:  []string{"Chile|cooperatesWith|Argentina"}},
	})
}
