package extract

import "testing"

// TestAlliedCompounds: "the X-allied Y gang" makes Y X's ally; a person or
// a place before "-allied", or no group right after it, states no tie.
func TestAlliedCompounds(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "hyphened ally",
			text: "In March the Rojo Norte gang and the Azul Sur gang clashed. Later the Rojo Norte-allied Azul Sur gang attacked a market.",
			want: []string{"Azul Sur|cooperatesWith|Rojo Norte"}},
		{name: "no group after",
			text: "In March the Rojo Norte gang attacked a market. Rojo Norte-allied fighters burned homes.",
			not:  []string{"Rojo Norte|cooperatesWith|Rojo Norte"}},
		{name: "state before",
			text: "The Peru-allied Azul Sur gang attacked a market.",
			not:  []string{"Azul Sur|cooperatesWith|Peru"}},
	})
}
