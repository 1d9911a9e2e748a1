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
			"WASHINGTON - Jose Vendrell Ruiz fled to Peru, where he was arrested on Jan. 11, 2008, by Peruvian law enforcement authorities.",
			[]string{"Peru|arrested|Jose Vendrell Ruiz"}, nil},
		{"his arrest by a state's authorities",
			"WASHINGTON - Mario Prado Luna, a leader of the Arroyo Cartel, was among the most wanted fugitives in Chile until his arrest by Chilean authorities on Sept. 12, 2012.",
			[]string{"Chile|arrested|Mario Prado Luna"}, nil},
		{"a fronted phrase after an opener",
			"WASHINGTON - Acting U.S. Attorney Dana Roff unsealed the charges. As the indictment alleges, until his arrest by Honduran law enforcement in October 2021, Dario Quell Ibarra ran a trafficking network in Honduras.",
			[]string{"Honduras|arrested|Dario Quell Ibarra"}, []string{"Honduras|arrested|Dana Roff"}},
		{"a police body named",
			"WASHINGTON - Dario Quell Ibarra remained one of the country's top fugitives until his capture by the Chilean Federal Police near Valparaiso.",
			nil, []string{"Chile|arrested|Dario Quell Ibarra"}},
	})
}
