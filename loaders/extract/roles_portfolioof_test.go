package extract

import "testing"

// TestPortfolioThenState checks that an office with its portfolio after
// "of", then "of" and its state, right before the name ("Minister of
// Defense of Peru X") is that state's. All copy is invented.
func TestPortfolioThenState(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "sentence opener", text: "H\nMinister of Security of Argentina Lidia Arce Pons said the plan worked.\n",
			person: "Lidia Arce Pons", title: "Minister of Security", org: "Argentina"},
		{name: "after a meeting verb", text: "H\nThe secretary met with Minister of Defense of Peru Walter Ferro Quintal in Lima.\n",
			person: "Walter Ferro Quintal", title: "Minister of Defense", org: "Peru"},
		{name: "the inside the portfolio", text: "H\nThe secretary met the Minister of the Interior of Peru Ana Arce Pons.\n",
			person: "Ana Arce Pons", title: "Minister of the Interior", org: "Peru"},
	})
}
