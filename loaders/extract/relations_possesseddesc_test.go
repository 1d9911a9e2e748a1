package extract

import "testing"

// TestPossessedDescriptionItem: a list goes on over an age after a name
// ("A, 61, and B"), a residence ("A, 38, of Culiacan, and B") and a
// description of the next item by its tie to the one before ("and his
// firm, B").
func TestPossessedDescriptionItem(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "age, then his firm",
			text: "Smugglers Charged\n\nWASHINGTON — Federal prosecutors charged Marcos Delgado Fuentes, 45, with smuggling.\n\nThe Office of Foreign Assets Control (OFAC) designated Ramon Villa Cruz, 61, and his firm, Villa Cruz Asociados S.A., on Monday.",
			want: []string{"Office of Foreign Assets Control|sanctioned|Ramon Villa Cruz", "Office of Foreign Assets Control|sanctioned|Villa Cruz Asociados S.A."}},
		{name: "age and residence",
			text: "Smugglers Charged\n\nWASHINGTON — Prosecutors charged Jorge Ortiz Lara, 38, of Culiacan, and Luis Ortega Pina, 41, with smuggling cocaine into the United States.",
			want: []string{"United States|charged|Jorge Ortiz Lara", "United States|charged|Luis Ortega Pina"}},
	})
}
