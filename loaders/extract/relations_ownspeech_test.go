package extract

import "testing"

// TestOwnSpeechAccusations: a speaker's own words outside quotation marks,
// in a labelled transcript turn or in a text headed "Remarks by X", accuse
// as a quotation does; a host's or questioner's turn, and narration of a
// text with no speaker, accuse no one.
func TestOwnSpeechAccusations(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a labelled turn",
			text: "U.S. Secretary of State Tomas Ruiz on Regional Security\n\nQUESTION: What about Bolivia?\n\nSECRETARY TOMAS RUIZ: Thank you. Bolivia is a repressive state. We will keep working.\n\nQUESTION: And Chile?\n\nSECRETARY TOMAS RUIZ: Chile is a good neighbour.\n",
			want: []string{"Tomas Ruiz|accused|Bolivia"},
			not:  []string{"Tomas Ruiz|accused|Chile"}},
		{name: "the questioner's turn",
			text: "U.S. Secretary of State Tomas Ruiz on Regional Security\n\nQUESTION: Is Bolivia a repressive state?\n\nSECRETARY TOMAS RUIZ: We will keep working with everyone.\n\nQUESTION: And Chile?\n\nSECRETARY TOMAS RUIZ: Chile is a good neighbour.\n",
			not:  []string{"Tomas Ruiz|accused|Bolivia"}},
		{name: "remarks by a speaker",
			text: "Remarks by Director Ana Vidal at the Annual Session\n\nThank you, Chair. Bolivia is a repressive state, and we will say so.\n",
			want: []string{"Ana Vidal|accused|Bolivia"}},
		{name: "narration with no speaker",
			text: "Regional Security Update\n\nOfficials in Lima said Bolivia is a repressive state.\n",
			not:  []string{"Ana Vidal|accused|Bolivia"}},
	})
}

// TestPosesThreatAccusation: a speaker saying an actor "poses" a threat,
// or naming "the threat that X poses", accuses it; a threat "posed by" an
// actor named after the verb is no cue for one named before.
func TestPosesThreatAccusation(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "the threat that X poses",
			text: "“We see clearly the threat that Bolivia poses to the region,” said U.S. Secretary of State Tomas Ruiz.",
			want: []string{"Tomas Ruiz|accused|Bolivia"}},
		{name: "X poses a threat",
			text: "“Bolivia poses a grave threat to its neighbours,” said U.S. Secretary of State Tomas Ruiz.",
			want: []string{"Tomas Ruiz|accused|Bolivia"}},
		{name: "posed by",
			text: "“Chile and the United States discussed the threat posed by smugglers,” said U.S. Secretary of State Tomas Ruiz.",
			not:  []string{"Tomas Ruiz|accused|Chile"}},
	})
}

// TestLaxAccusation: a speaker calling an actor's controls or enforcement
// "lax" accuses the actor.
func TestLaxAccusation(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "possessor's lax enforcement",
			text: "“Bolivia's weak controls and lax enforcement let the traffickers thrive,” said U.S. Secretary of State Tomas Ruiz.",
			want: []string{"Tomas Ruiz|accused|Bolivia"}},
		{name: "lax said of no one named",
			text: "“Lax enforcement along the river helps the traffickers,” said U.S. Secretary of State Tomas Ruiz of Bolivia.",
			not:  []string{"Tomas Ruiz|accused|Bolivia"}},
	})
}

// TestOfficialTurnAccusations: the turn of an unnamed senior official of
// the US administration on a background call speaks for the United
// States; a moderator's turn speaks for no one.
func TestOfficialTurnAccusations(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "senior administration official",
			text: "Background Call on Policy toward Bolivia\n\nMODERATOR: Thanks, everyone. Our speaker will take questions on the United States and Bolivia.\n\nSENIOR ADMINISTRATION OFFICIAL: Thank you. We have been very clear that Bolivia is a repressive state.\n\nQUESTION: And the sanctions?\n\nSENIOR ADMINISTRATION OFFICIAL: They stay.\n",
			want: []string{"United States|accused|Bolivia"}},
		{name: "the moderator",
			text: "Background Call on Policy toward Bolivia\n\nMODERATOR: Thanks, everyone. Some say Bolivia is a repressive state; our speaker will take questions on the United States.\n\nSENIOR ADMINISTRATION OFFICIAL: Thank you.\n\nQUESTION: And the sanctions?\n\nSENIOR ADMINISTRATION OFFICIAL: They stay.\n",
			not:  []string{"United States|accused|Bolivia"}},
	})
}

// TestDisagreeOpposeAccusation: a speaker who disagrees with an actor or
// opposes its act accuses it; opposing an act with no actor named accuses
// no one.
func TestDisagreeOpposeAccusation(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "disagree with a possessor's act",
			text: "“I disagree with President Ana Ruiz's use of the army without a vote,” said Sen. Mark Olsen.",
			want: []string{"Mark Olsen|accused|Ana Ruiz"}},
		{name: "oppose a possessor's act",
			text: "“We must oppose Bolivia's assault on the free press,” said U.S. Secretary of State Tomas Ruiz.",
			want: []string{"Tomas Ruiz|accused|Bolivia"}},
		{name: "oppose an act with no actor",
			text: "“I have opposed sending troops to Bolivia without a vote,” said Sen. Mark Olsen.",
			not:  []string{"Mark Olsen|accused|Bolivia"}},
	})
}

// TestNotOnlyAccusation: "X is not only violating …, but …" affirms the
// cue of X; "X is not violating" denies it.
func TestNotOnlyAccusation(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "not only",
			text: "“President Ana Ruiz is not only violating the charter, but she is ignoring the courts,” said Sen. Mark Olsen.",
			want: []string{"Mark Olsen|accused|Ana Ruiz"}},
		{name: "not",
			text: "“President Ana Ruiz is not violating the charter,” said Sen. Mark Olsen.",
			not:  []string{"Mark Olsen|accused|Ana Ruiz"}},
	})
}
