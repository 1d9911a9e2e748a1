package extract

import "testing"

// TestIncludedMembersLists: a plural group object ("organizations") is read
// through each of its "such as" / "including" lists, not only the first.
func TestIncludedMembersLists(t *testing.T) {
	checkRelCases(t, []relCase{
		{"organizations with one list",
			"Treasury has designated violent organizations based in Peru, such as the Red Viper Cartel.",
			[]string{"Department of the Treasury|designated|Red Viper Cartel"}, nil},
		{"organizations with two lists split by places",
			"Since May 2029, Treasury has designated major drug trafficking organizations based in Peru, such as the Red Viper Cartel, and Chile, including the Blue Fox Cartel (BFC) and the Los Halcones gang.",
			[]string{"Department of the Treasury|designated|Red Viper Cartel", "Department of the Treasury|designated|Blue Fox Cartel", "Department of the Treasury|designated|Los Halcones"},
			[]string{"Department of the Treasury|designated|Chile"}},
	})
}

// TestExtraditingState: the subject of an extradition is the sending
// state, not the court or agency of it that ordered or carried it out.
func TestExtraditingState(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a national court authorized the extradition",
			"Peru handed over a suspect on Monday. The Peruvian Supreme Court authorized the extradition of Marco Tello Vargas to the United States on drug charges.",
			[]string{"Peru|extradited|Marco Tello Vargas"}, []string{"Peruvian Supreme Court|extradited|Marco Tello Vargas"}},
	})
}
