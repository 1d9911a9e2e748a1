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
	})
}
