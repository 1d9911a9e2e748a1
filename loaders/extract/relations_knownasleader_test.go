package extract

import "testing"

// TestKnownAsLeader: "X is a leader of a (Transnational Criminal)
// Organization (TCO) known as Y" makes X Y's leader, with the kind of
// group written lower-case, capitalised, or with its acronym; a group
// kind that is no name for Y ("a leader of an organization that works
// with Y") gives no tie. All copy is invented.
func TestKnownAsLeader(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "capitalised kind with acronym",
			text: "Police seek cattle smuggler\n\nFreedonian police asked for tips on Daniel Orsk Varga (“Orsk”), wanted since May.  Orsk is a leader of a Transnational Criminal Organization (TCO) known as Los Grullos.  Los Grullos moves cattle over the Ruritanian border.",
			want: []string{"Daniel Orsk Varga|leads|Los Grullos"}},
		{name: "lower-case kind",
			text: "Police seek cattle smuggler\n\nFreedonian police asked for tips on Daniel Orsk Varga.  Orsk is a leader of a transnational criminal organization known as Los Grullos.",
			want: []string{"Daniel Orsk Varga|leads|Los Grullos"}},
		{name: "no name given",
			text: "Police seek cattle smuggler\n\nFreedonian police asked for tips on Daniel Orsk Varga.  Orsk is a leader of a transnational criminal organization that works with Los Grullos.",
			not:  []string{"Daniel Orsk Varga|leads|Los Grullos"}},
	})
}
