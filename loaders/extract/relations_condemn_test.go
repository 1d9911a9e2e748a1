package extract

import "testing"

// TestCondemnedPossessors: condemning an actor's act, or the actor,
// accuses it; condemning an act done to someone, or a negated or hoped-for
// condemnation, accuses no one.
func TestCondemnedPossessors(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "including a possessor's act",
			text: "President Ana Ruiz and President Luis Arce condemned all forms of aggression in the region, including Chile's violation of Peru's territorial integrity.",
			want: []string{"Ana Ruiz|accused|Chile", "Luis Arce|accused|Chile"},
			not:  []string{"Ana Ruiz|accused|Peru"}},
		{name: "the actor right after the verb",
			text: "Peru condemned the Gulf Cartel for the attack.",
			want: []string{"Peru|accused|Gulf Cartel"}},
		{name: "an act done to someone",
			text: "Peru condemned the attack on the embassy of Chile.",
			not:  []string{"Peru|accused|Chile"}},
		{name: "an attack on a possessor's embassy",
			text: "Peru condemned the attack on Chile's embassy.",
			not:  []string{"Peru|accused|Chile"}},
		{name: "an act by an agent",
			text: "Statement\n\nPeru condemns the ongoing intimidation campaign by the Government of Chile against reporters.",
			want: []string{"Peru|accused|Chile"}},
		{name: "an agent after a demonym and a title",
			text: "Statement\n\nSenator Ana Ruiz today condemned remarks by Chilean President Luis Arce at the summit.",
			want: []string{"Ana Ruiz|accused|Luis Arce"},
			not:  []string{"Ana Ruiz|accused|Chile"}},
		{name: "an act in a country",
			text: "Statement\n\nPeru has condemned the mass detentions of students in Chile.",
			want: []string{"Peru|accused|Chile"}},
		{name: "an act done to someone in a country",
			text: "Statement\n\nPeru condemned the attack on reporters in Chile.",
			not:  []string{"Peru|accused|Chile"}},
		{name: "did not condemn",
			text: "Peru did not condemn Chile's incursion.",
			not:  []string{"Peru|accused|Chile"}},
		{name: "urged to condemn",
			text: "Peru urged Bolivia to condemn Chile's incursion.",
			not:  []string{"Peru|accused|Chile", "Bolivia|accused|Chile"}},
	})
}
