package extract

import "testing"

// TestListItemAppositions: a person coordinated before another keeps the
// act over the appositions of the item: other names joined by "and", a
// town and its state.
func TestListItemAppositions(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "other names joined by and",
			text: "Two Plead Guilty\n\nWASHINGTON – The Justice Department announced today that two men pleaded guilty to smuggling people into the United States.\n\nCo-defendants Arturo Medel Ruiz, also known as Taco and Jonathan, and Pedro Lamas Ortiz, also known as Chino, pleaded guilty to sex trafficking.",
			want: []string{"United States|convicted|Arturo Medel Ruiz", "United States|convicted|Pedro Lamas Ortiz"},
			not:  []string{"United States|convicted|Jonathan", "United States|convicted|Taco"}},
		{name: "aka names joined by and in a semicolon list",
			text: "Five Arrested\n\nWASHINGTON – The Justice Department announced today that five men were arrested for smuggling people into the United States.\n\nEfren Salas Cota, aka Chavo and Cepo, 41; Alan Rios Pardo, 24; and Emilio Rojas Vela, 34, were arrested in Mexico.",
			want: []string{"Mexico|arrested|Efren Salas Cota", "Mexico|arrested|Alan Rios Pardo", "Mexico|arrested|Emilio Rojas Vela"}},
		{name: "a town and its state",
			text: "Two Plead Guilty\n\nWASHINGTON – The Justice Department announced today that two men pleaded guilty to bribing officials of Mexico for contracts in the United States.\n\nHector Duval Mena, 55, of Magnolia, Texas, and Victor Hugo Pardo Lima, 54, a citizen of Mexico, pleaded guilty on Oct. 28.",
			want: []string{"United States|convicted|Hector Duval Mena", "United States|convicted|Victor Hugo Pardo Lima"}},
	})
}
