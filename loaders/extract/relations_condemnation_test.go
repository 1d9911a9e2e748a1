package extract

import "testing"

// TestCondemnationActs: a state's condemnation named as its act (a
// possessor of "condemnation", or a state credited "for its condemnation"
// or for work "to denounce") accuses the actor whose act is condemned; a
// person's condemnation, or a reporter named after the list, accuses no
// one here.
func TestCondemnationActs(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "possessor of the noun",
			text: "Readout\n\nSecretary Tom Vale reiterated his appreciation for Chile's condemnation of Bolivia's unprovoked invasion of Paraguay.",
			want: []string{"Chile|accused|Bolivia"}},
		{name: "credited for its condemnation",
			text: "Readout\n\nDeputy Secretary Ann Rook commended the government of Peru for its condemnation of Bolivia's actions.",
			want: []string{"Peru|accused|Bolivia"}},
		{name: "credited for work to denounce, the reporter after the list",
			text: "Readout\n\nThe secretary also thanked Peru for its work regionally to denounce undemocratic actions – especially those in Bolivia and Cuba, Dan Ober said.",
			want: []string{"Peru|accused|Bolivia", "Peru|accused|Cuba"},
			not:  []string{"Peru|accused|Dan Ober"}},
		{name: "a person's condemnation",
			text: "Readout\n\nSecretary Tom Vale recognized President Eva Lind's leadership, including her condemnation of Bolivia's war against Paraguay.",
			not:  []string{"Eva Lind|accused|Bolivia", "Chile|accused|Bolivia"}},
	})
}
