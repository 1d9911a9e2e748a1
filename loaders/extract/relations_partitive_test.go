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

// TestTiedTargets: a sanction of unnamed targets tied to a named group
// ("individuals associated with X", "companies that launder for X") falls
// on no one named; "including" names a target again. All copy is invented.
func TestTiedTargets(t *testing.T) {
	lede := "Treasury Sanctions Cartel Network\n\nWASHINGTON — Today, the U.S. Department of the Treasury’s Office of Foreign Assets Control (OFAC) sanctioned "
	checkRelCases(t, []relCase{
		{name: "associated with",
			text: lede + "four individuals associated with the Quellar Cartel.",
			not:  []string{"Office of Foreign Assets Control|sanctioned|Quellar Cartel"}},
		{name: "relative clause",
			text: lede + "four individuals and three entities that launder proceeds for the Quellar Cartel.",
			not:  []string{"Office of Foreign Assets Control|sanctioned|Quellar Cartel"}},
		{name: "participle",
			text: lede + "a network of fuel smugglers operating on behalf of the Quellar Cartel.",
			not:  []string{"Office of Foreign Assets Control|sanctioned|Quellar Cartel"}},
		{name: "including names a target",
			text: lede + "four individuals affiliated with the Quellar Cartel, including its leader Ramon Ruiz.",
			want: []string{"Office of Foreign Assets Control|sanctioned|Ramon Ruiz"},
			not:  []string{"Office of Foreign Assets Control|sanctioned|Quellar Cartel"}},
		{name: "the group by name",
			text: lede + "the Quellar Cartel and four individuals associated with it.",
			want: []string{"Office of Foreign Assets Control|sanctioned|Quellar Cartel"}},
	})
}
