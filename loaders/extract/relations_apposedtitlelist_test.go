package extract

import "testing"

// TestAppositiveTitleHolderInList: in "A, Commander of B (C), and D met
// E" the first item is A; the body that ends A's title is not an actor.
func TestAppositiveTitleHolderInList(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a commander with an acronym, then a second person",
			text: "General Tomas Herrera, Commander of the Peruvian Joint Command (CCFFAA), and Trade Advisor Marco Salas met with President Lucia Vargas of Bolivia in La Paz.",
			want: []string{"Tomas Herrera|metWith|Lucia Vargas", "Marco Salas|metWith|Lucia Vargas"}},
		{name: "a title with no holder before it leaves the body as the item",
			text: "The Commander of the Peruvian Navy, and Trade Advisor Marco Salas met with President Lucia Vargas of Bolivia in La Paz.",
			want: []string{"Marco Salas|metWith|Lucia Vargas"},
			not:  []string{"Tomas Herrera|metWith|Lucia Vargas"}},
	})
}
