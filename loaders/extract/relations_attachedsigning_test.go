package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestAttachedSignings checks that a signing attached to an agreement or
// to a back-reference to it is read whatever the main clause's mood, and
// that a negated or passive relative clause, or a participle of an
// agreement whose parties are only guessed, states none.
func TestAttachedSignings(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "participle after a back-reference",
			text: "Peru kept its extradition treaty with Chile. The treaty, signed in 1931, was amended in 2010.",
			want: []string{"Peru|signed|extradition treaty", "Chile|signed|extradition treaty"}},
		{name: "relative clause on a back-reference",
			text: "Paraguay and Bolivia disagree over a river patrol accord. The accord, which Asuncion and La Paz signed in 2022, covers the Pilcomayo.",
			want: []string{"Paraguay|signed|river patrol accord", "Bolivia|signed|river patrol accord"}},
		{name: "participle under a modal main clause",
			text: "Peru and Chile said a new pact would replace the Chile-Peru maritime security agreement signed in 2015.",
			want: []string{"Peru|signed|maritime security agreement", "Chile|signed|maritime security agreement"}},
		{name: "by both governments",
			text: "Peru and Bolivia expanded their work on river patrols. The annual letter of agreement signed by both governments in May funds the patrols.",
			want: []string{"Peru|signed|annual letter of agreement", "Bolivia|signed|annual letter of agreement"}},
		{name: "negated relative clause",
			text: "Paraguay and Bolivia disagree over a river patrol accord. The accord, which Bolivia did not sign, covers the Pilcomayo.",
			not:  []string{"Bolivia|signed|river patrol accord"}},
	})
}
