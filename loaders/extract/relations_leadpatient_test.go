package extract

import "testing"

// TestLeadPatient: a lead's passive act done to an unnamed description of
// a person ("a senior member of X has been extradited") is done to the
// first person the next sentences name who holds no office; not when the
// description is an apposition, nor to an official. All copy is invented.
func TestLeadPatient(t *testing.T) {
	checkRelCases(t, []relCase{
		{"after 'announced that'",
			"Gang Leader Extradited\n\nWASHINGTON - Attorney General Ruth Calder announced today that a senior member of the gang Barrio Azteca has been extradited by the government of Peru to the United States.\n\nTomas Ibarra Ruiz, 44, arrived yesterday.",
			[]string{"Peru|extradited|Tomas Ibarra Ruiz"}, []string{"Peru|extradited|Ruth Calder"}},
		{"an apposition is not the subject",
			"Gang Leader Extradited\n\nRuth Calder, a senior member of the Barrio Azteca gang, was arrested by Peru.\n\nTomas Ibarra Ruiz, 44, arrived yesterday.",
			[]string{"Peru|arrested|Ruth Calder"}, []string{"Peru|arrested|Tomas Ibarra Ruiz"}},
	})
}
