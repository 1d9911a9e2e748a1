package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestUnknownNameSubject: an unrecognised capitalised word between a
// comma and the verb is the verb's subject, so the names of a fronted
// clause before the comma are not.
func TestUnknownNameSubject(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "fronted clause, then an unknown surname",
			text: "As he toured the port with Peruvian Interior Minister Rosa Quintana, Okafor praised Peru's progress against smugglers.",
			not:  []string{"Rosa Quintana|supports|Peru"}},
		{name: "known subject after the clause",
			text: "As he toured the port with Peruvian Interior Minister Rosa Quintana, Secretary of State Antony Blinken praised Peru's progress against smugglers.",
			want: []string{"Antony Blinken|supports|Peru"}},
		{name: "a plural family name after a fronted place",
			text: "Once the cargo reaches Honduras, the Ruizes work with the Gulf Cartel to move it north.",
			not:  []string{"Honduras|cooperatesWith|Gulf Cartel"}},
		{name: "a pronoun after where",
			text: "The gang ships cocaine through Ecuador's ports to Spain, where it works with the Gulf Cartel.",
			not:  []string{"Ecuador|cooperatesWith|Gulf Cartel", "Spain|cooperatesWith|Gulf Cartel"}},
		{name: "a known subject after a fronted place",
			text: "Once the cargo reaches Honduras, the Honduran Navy works with the Drug Enforcement Administration to seize it.",
			want: []string{"Honduran Navy|cooperatesWith|Drug Enforcement Administration"}},
	})
}
