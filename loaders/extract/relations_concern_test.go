package extract

import "testing"

// TestConcernedPossessors: a stated concern about an actor's act, or an
// act by an agent, accuses the actor; a concern about a country's
// situation, or a negated one, accuses no one.
func TestConcernedPossessors(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a possessor's act",
			text: "Statement\n\nPeru is deeply concerned by Chile's repeated raids on newspaper offices.",
			want: []string{"Peru|accused|Chile"}},
		{name: "a bare apostrophe possessor",
			text: "Statement\n\nPeru is deeply concerned by Senator Luis Torres’ continued attacks on reporters.",
			want: []string{"Peru|accused|Luis Torres"}},
		{name: "coordinated agents",
			text: "Statement\n\nPeru remains concerned about the killings committed by the Gulf Cartel and the Sinaloa Cartel last week.",
			want: []string{"Peru|accused|Gulf Cartel", "Peru|accused|Sinaloa Cartel"}},
		{name: "a country's situation",
			text: "Statement\n\nPeru is deeply concerned about the situation on the ground in Chile.",
			not:  []string{"Peru|accused|Chile"}},
		{name: "not concerned",
			text: "Statement\n\nPeru is not concerned by Chile's new port rules.",
			not:  []string{"Peru|accused|Chile"}},
	})
}
