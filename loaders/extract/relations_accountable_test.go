package extract

import "testing"

// TestAccountableHolds: "hold X accountable" in a quotation is the
// speaker's accusation of X; a demonym names its state only before
// "regime", and the same words outside a quotation accuse no one.
func TestAccountableHolds(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a person held to account",
			text: "Statement\n\n\"Our nation must hold General Tomas Vrell accountable for the massacre,\" said Senator Lena Marsh.",
			want: []string{"Lena Marsh|accused|Tomas Vrell"}},
		{name: "a state's regime",
			text: "Statement\n\n\"I will keep working to hold the brutal Bolivian regime accountable,\" said Senator Lena Marsh.",
			want: []string{"Lena Marsh|accused|Bolivia"}},
		{name: "a demonym modifying officials",
			text: "Statement\n\n\"We must hold corrupt Bolivian officials accountable,\" said Senator Lena Marsh.",
			not:  []string{"Lena Marsh|accused|Bolivia"}},
		{name: "outside a quotation",
			text: "Statement\n\nSenator Lena Marsh has worked to hold General Tomas Vrell accountable for the massacre.",
			not:  []string{"Lena Marsh|accused|Tomas Vrell"}},
	})
}
