package extract

import "testing"

// TestWarInPossessor: an actor's war or aggression "in" a country
// (relations.tsv "war in", "aggression in") is an attack by the possessor
// on that country; a war in a country with no actor written as its owner
// attacks no one.
func TestWarInPossessor(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "possessor's war in a country",
			text: "The two ministers discussed trade and Chile's unprovoked war in Peru.",
			want: []string{"Chile|attacked|Peru"}},
		{name: "possessor's aggression in a country",
			text: "The ministers spoke about Chile's continued aggression in Peru.",
			want: []string{"Chile|attacked|Peru"}},
		{name: "a war in a country with no owner",
			text: "Bolivia and Ecuador discussed the war in Peru.",
			not:  []string{"Bolivia|attacked|Peru", "Ecuador|attacked|Peru"}},
	})
}
