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
			"WASHINGTON - Pedro Salas Mena, a Colombian national, fled to Spain. Pedro Salas Mena and Rafael Ortiz Lemus were arrested by Spanish law enforcement in Madrid on Aug. 7, 2012.",
			[]string{"Spain|arrested|Pedro Salas Mena", "Spain|arrested|Rafael Ortiz Lemus"}, nil},
		{"law enforcement authorities",
			"WASHINGTON - Jose Vendrell Ruiz fled to Peru, where he was arrested on Jan. 11, 2008, by Peruvian law enforcement authorities.",
			[]string{"Peru|arrested|Jose Vendrell Ruiz"}, nil},
		{"his arrest by a state's authorities",
			"WASHINGTON - Mario Prado Luna, a leader of the Arroyo Cartel, was among the most wanted fugitives in Chile until his arrest by Chilean authorities on Sept. 12, 2012.",
			[]string{"Chile|arrested|Mario Prado Luna"}, nil},
		{"a fronted phrase after an opener",
			"WASHINGTON - Assistant Attorney General Mark Kemp announced the case. According to court documents, until his arrest by Panamanian law enforcement in March 2012, Mario Prado Luna led a smuggling ring in Panama.",
			[]string{"Panama|arrested|Mario Prado Luna"}, []string{"Panama|arrested|Mark Kemp"}},
		{"a police body named",
			"WASHINGTON - Mario Prado Luna was on the most wanted list until his capture by the Chilean Investigations Police in Chile.",
			nil, []string{"Chile|arrested|Mario Prado Luna"}},
	})
}
