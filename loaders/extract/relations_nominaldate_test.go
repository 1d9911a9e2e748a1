package extract

import "testing"

// TestNominalDateAfterPossessor: a date between a possessor and a noun
// cue ("Treasury's February 7 designation of X") leaves the possessor
// the actor.
func TestNominalDateAfterPossessor(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "month and day",
			text: "WASHINGTON — The U.S. Department of the Treasury acted today. This action builds on Treasury's February 7 designation of Los Choneros.",
			want: []string{"Department of the Treasury|designated|Los Choneros"}},
		{name: "abbreviated month",
			text: "The action follows the State Department's Jan. 20 designation of the Sinaloa Cartel.",
			want: []string{"Department of State|designated|Sinaloa Cartel"}},
	})
}
