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
			text: "Reward offered\n\nWASHINGTON - The State Department is offering a reward for Hugo Baltazar Pena (“Baltazar”), a drug trafficker.  Baltazar is a leader of a Transnational Criminal Organization (TCO) known as Los Pumas.  Los Pumas is based in Guatemala.",
			want: []string{"Hugo Baltazar Pena|leads|Los Pumas"}},
		{name: "lower-case kind",
			text: "Reward offered\n\nWASHINGTON - The State Department is offering a reward for Hugo Baltazar Pena.  Baltazar is a leader of a transnational criminal organization known as Los Pumas.",
			want: []string{"Hugo Baltazar Pena|leads|Los Pumas"}},
		{name: "no name given",
			text: "Reward offered\n\nWASHINGTON - The State Department is offering a reward for Hugo Baltazar Pena.  Baltazar is a leader of a transnational criminal organization that works with Los Pumas.",
			not:  []string{"Hugo Baltazar Pena|leads|Los Pumas"}},
	})
}
