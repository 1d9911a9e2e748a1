package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestRelativeAntecedentAfterPreposition: a relative pronoun after a
// prepositional phrase ("X's fight against the smugglers who fund Y")
// refers to that phrase's noun, so the possessor before it does not act;
// with no preposition the possessor still owns the antecedent.
func TestRelativeAntecedentAfterPreposition(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "antecedent after against",
			text: "Analysts compared Peru's fight against the smugglers who are funding the Gulf Cartel with earlier campaigns.",
			not:  []string{"Peru|supports|Gulf Cartel"}},
		{name: "possessed antecedent",
			text: "Analysts praised the Chilean Navy's patrol units that are supporting the Peruvian National Police.",
			want: []string{"Chilean Navy|supports|Peruvian National Police"}},
	})
}
