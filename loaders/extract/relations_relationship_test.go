package extract

import "testing"

// TestRelationshipTie: "relationship" between states or bodies is a
// standing cooperation; with a person or a criminal group, or called
// strained, it is none.
func TestRelationshipTie(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "between two states",
			text: "The visit reaffirmed the strong relationship between Chile and Peru.",
			want: []string{"Chile|cooperatesWith|Peru"}},
		{name: "a state and a task force",
			text: "“The relationship between Uruguay and the Southern Maritime Task Force has grown every year,” said the admiral.",
			want: []string{"Uruguay|cooperatesWith|Southern Maritime Task Force"}},
		{name: "possessor and with",
			text: "Chile's defense relationship with Peru remains close.",
			want: []string{"Chile|cooperatesWith|Peru"}},
		{name: "with a person",
			text: "Chile's relationship with Mario Soto ended in 2019.",
			not:  []string{"Chile|cooperatesWith|Mario Soto"}},
		{name: "with a criminal group",
			text: "Investigators examined the relationship between the Rio Verde Cartel and the Norte Cartel.",
			not:  []string{"Rio Verde Cartel|cooperatesWith|Norte Cartel"}},
		{name: "strained",
			text: "The strained relationship between Chile and Peru dominated the summit.",
			not:  []string{"Chile|cooperatesWith|Peru"}},
	})
}
