package extract

import "testing"

// TestReportBodyAttacks: in a text about one state, its unnamed police who
// kill a named person are the state attacking them; a named force is not
// the state, and people only described are no victims.
func TestReportBodyAttacks(t *testing.T) {
	const head = "Cuba 2020 Human Rights Report: Arbitrary Killings\n\n"
	checkRelCases(t, []relCase{
		{name: "police killed",
			text: head + "On June 24, police killed Rolando Ferrer Galiano, an unarmed man, in Havana.",
			want: []string{"Cuba|attacked|Rolando Ferrer Galiano"}},
		{name: "a named force",
			text: head + "On June 24, Special Brigade officers killed Rolando Ferrer Galiano in Havana.",
			not:  []string{"Cuba|attacked|Rolando Ferrer Galiano"}},
		{name: "people only described",
			text: head + "Police killed three protesters in Havana, Rolando Ferrer Galiano said.",
			not:  []string{"Cuba|attacked|Rolando Ferrer Galiano"}},
	})
}
