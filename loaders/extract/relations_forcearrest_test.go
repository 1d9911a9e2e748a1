package extract

import "testing"

// TestForceArrest: an arrest whose agent is a state's officers named by
// its adjective ("by Spanish law enforcement", "by Peruvian authorities")
// is the state's, also when the arrest is a noun with a possessive pronoun
// ("until his arrest by Chilean authorities"); a pronoun inside a phrase
// put before its clause refers to the clause's subject. All copy is
// invented.
func TestForceArrest(t *testing.T) {
	checkRelCases(t, []relCase{
		{"law enforcement after the adjective",
			"WASHINGTON - Hector Vidal Urrea, a Venezuelan citizen, moved to Italy in 2020. Hector Vidal Urrea and Bruno Pell Abad were arrested by Italian law enforcement outside Naples on Feb. 19, 2023.",
			[]string{"Italy|arrested|Hector Vidal Urrea", "Italy|arrested|Bruno Pell Abad"}, nil},
		{"law enforcement authorities",
			"WASHINGTON - Emilio Traba Sol crossed into Bolivia, and there he was arrested in April 2019 by Bolivian law enforcement authorities acting on a warrant.",
			[]string{"Bolivia|arrested|Emilio Traba Sol"}, nil},
		{"his arrest by a state's authorities",
			"WASHINGTON - Mario Prado Luna, who ran the Arroyo Cartel, evaded a decade of searches until his arrest by Chilean authorities in a coastal town in 2022.",
			[]string{"Chile|arrested|Mario Prado Luna"}, nil},
		{"a fronted phrase after an opener",
			"WASHINGTON - Acting U.S. Attorney Dana Roff unsealed the charges. As the indictment alleges, until his arrest by Honduran law enforcement in October 2021, Dario Quell Ibarra ran a trafficking network in Honduras.",
			[]string{"Honduras|arrested|Dario Quell Ibarra"}, []string{"Honduras|arrested|Dana Roff"}},
		{"a police body named",
			"WASHINGTON - Dario Quell Ibarra remained one of the country's top fugitives until his capture by the Chilean Federal Police near Valparaiso.",
			nil, []string{"Chile|arrested|Dario Quell Ibarra"}},
	})
}
