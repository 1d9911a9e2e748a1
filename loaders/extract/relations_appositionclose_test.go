package extract

import "testing"

// TestAppositionClosedByAnd: "X, a leader of Y, and Z, the leader of W"
// closes X's apposition at ", and": Z does not lead Y; "the leaders of Y,
// A and B" still names Y's leaders after it.
func TestAppositionClosedByAnd(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "second item after the apposition",
			text: "Gang Leaders Sanctioned\n\nWASHINGTON — Today, OFAC sanctioned Ramon Villa Cruz, a leader of the Sinaloa Cartel, and Pedro Alvarado Ruiz, the leader of Los Zetas.",
			want: []string{"Ramon Villa Cruz|leads|Sinaloa Cartel", "Pedro Alvarado Ruiz|leads|Los Zetas"},
			not:  []string{"Pedro Alvarado Ruiz|leads|Sinaloa Cartel"}},
		{name: "names after the group",
			text: "Gang Leaders Sanctioned\n\nWASHINGTON — Today, OFAC sanctioned the two leaders of the Sinaloa Cartel, Ramon Villa Cruz and Pedro Alvarado Ruiz.",
			want: []string{"Ramon Villa Cruz|leads|Sinaloa Cartel", "Pedro Alvarado Ruiz|leads|Sinaloa Cartel"}},
	})
}
