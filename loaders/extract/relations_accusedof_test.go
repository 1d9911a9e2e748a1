package extract

import "testing"

// TestAccusedOfParticiple: "accused of" right after a noun is a
// participle: the people before it are accused, and the one named after
// "of killing" is no one's target; an active accusation still reads.
func TestAccusedOfParticiple(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a reduced relative",
			text: "A court annulled the case against two officers, Carlos Ruiz Mata and Luis Arcaya Pinto, who had helped the defendants accused of killing Rosendo Alcaraz Benítez.",
			not:  []string{"Carlos Ruiz Mata|accused|Rosendo Alcaraz Benítez", "Luis Arcaya Pinto|accused|Rosendo Alcaraz Benítez"}},
		{name: "an active accusation",
			text: "Peru accused Bolivia of harboring smugglers on Monday.",
			want: []string{"Peru|accused|Bolivia"}},
	})
}
