package extract

import "testing"

// TestLocalOfficeAfterPlace checks that a report titled by its state gives
// a local office written after its place ("P Governor X", "former P mayor
// Y", "P council member Z") the place, that "the mayor of P, X" gives the
// name after the comma the place in any text, and that a demonym or a news
// story leaves the prefix alone. All copy is invented.
func TestLocalOfficeAfterPlace(t *testing.T) {
	report := "Paraguay 2031 Human Rights Report: Section 4. Corruption\n\n"
	news := "Police detain former official in fraud probe\n\n"
	checkRoles(t, []roleCase{
		{name: "place before a capitalised office",
			text:   report + "On May 2, police arrested Villa Rica Governor Anibal Tordesillas Ruiz and moved him to a prison.",
			person: "Anibal Tordesillas Ruiz", title: "Governor", org: "Villa Rica"},
		{name: "former and a lower-case office",
			text:   report + "The court released his brother, former Caazapa governor Remigio Altamira Sosa, in June.",
			person: "Remigio Altamira Sosa", title: "former governor", org: "Caazapa"},
		{name: "council member",
			text:   report + "In March gunmen killed Puerto Pinasco council member Leonor Ybarra Cano and her driver.",
			person: "Leonor Ybarra Cano", org: "Puerto Pinasco"},
		{name: "the mayor of P, X",
			text:   report + "Federal agents arrested the mayor of San Cosme, Ulises Barbosa Lima, for bribery.",
			person: "Ulises Barbosa Lima", org: "San Cosme"},
		{name: "the former mayor of P, X, in a news story",
			text:   news + "Prosecutors won a case against the former mayor of Valle Azul, Teodoro Quiroga Paz, and an aide.",
			person: "Teodoro Quiroga Paz", org: "Valle Azul"},
		{name: "a province's prosecutor",
			text:   report + "Media reported gangs killed Itapua Province prosecutor Jorge Ruiz Vera on June 1.",
			person: "Jorge Ruiz Vera", title: "prosecutor", org: "Itapua Province"},
		{name: "a state's prosecutor general",
			text:   report + "On May 3, Sonora prosecutor general Raul Ortega stated that no shots were fired.",
			person: "Raul Ortega", title: "prosecutor general", org: "Sonora"},
		{name: "a state's prosecutor general holds no post of the country",
			text:   report + "On May 3, Sonora prosecutor general Raul Ortega stated that no shots were fired.",
			person: "Raul Ortega", org: "Paraguay", neg: true},
		{name: "a demonym is no place",
			text:   report + "The board heard Paraguayan governor Anibal Tordesillas Ruiz in May.",
			person: "Anibal Tordesillas Ruiz", org: "Paraguayan", neg: true},
		{name: "a news story's prefix",
			text:   news + "The dinner was attended by Villa Rica Mayor Anibal Tordesillas Ruiz and others.",
			person: "Anibal Tordesillas Ruiz", org: "Villa Rica", neg: true},
	})
}
