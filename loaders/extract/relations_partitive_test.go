package extract

import "testing"

// TestPeopleOfGroupSanctioned: a sanction or designation of some of a
// group's people falls on them, not on the group (nor on its acronym);
// a group sanctioned by name still is.
func TestPeopleOfGroupSanctioned(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "members of a known cartel and its acronym",
			text: "WASHINGTON — Today, the Treasury's Office of Foreign Assets Control (OFAC) sanctioned two Peruvian members of Cartel de Jalisco Nueva Generacion (CJNG) and two Peruvian companies.",
			not:  []string{"Office of Foreign Assets Control|sanctioned|Jalisco New Generation Cartel"}},
		{name: "leaders of the cartel",
			text: "OFAC designated three leaders of the Sinaloa Cartel on Monday.",
			not:  []string{"Office of Foreign Assets Control|designated|Sinaloa Cartel"}},
		{name: "the group by name",
			text: "OFAC sanctioned the Sinaloa Cartel and two of its leaders on Monday.",
			want: []string{"Office of Foreign Assets Control|sanctioned|Sinaloa Cartel"}},
	})
}
