package extract

import "testing"

// TestIndictmentAgainst: "indictment against X" is a charge noun as
// "charges against X" is: the body that modifies or possesses it charged
// X; with none named, there is no actor to read. All copy is invented.
func TestIndictmentAgainst(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "modifier",
			text: "Reward offered\n\nWASHINGTON - The reward complements a Department of Justice indictment against Hugo Baltazar Pena and other co-conspirators.",
			want: []string{"Department of Justice|charged|Hugo Baltazar Pena"}},
		{name: "possessor, plural",
			text: "Reward offered\n\nWASHINGTON - The reward follows the Justice Department's indictments against Hugo Baltazar Pena and Rita Olmos Cano.",
			want: []string{"Department of Justice|charged|Hugo Baltazar Pena", "Department of Justice|charged|Rita Olmos Cano"}},
		{name: "no body named",
			text: "Reward offered\n\nWASHINGTON - Lawyers for Hugo Baltazar Pena said the indictment against him was weak.",
			not:  []string{"Department of Justice|charged|Hugo Baltazar Pena"}},
	})
}
