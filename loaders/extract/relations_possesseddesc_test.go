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

// TestAgeResidenceSubjects: a list of subjects goes on back over an age
// and a residence after a name ("A, 45, of Lima, and B, 38, were
// charged").
func TestAgeResidenceSubjects(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "passive subjects with ages",
			text: "Smugglers Charged\n\nWASHINGTON — Marcos Delgado Fuentes, 45, of Lima, and Hector Villamil Soto, 38, were charged with smuggling cocaine into the United States.",
			want: []string{"United States|charged|Marcos Delgado Fuentes", "United States|charged|Hector Villamil Soto"}},
		{name: "ages only",
			text: "Smugglers Extradited\n\nWASHINGTON — Ramon Villa Cruz, 52, and Pedro Alvarado Ruiz, 41, were extradited from Mexico to the United States.",
			want: []string{"Mexico|extradited|Ramon Villa Cruz", "Mexico|extradited|Pedro Alvarado Ruiz"}},
	})
}
