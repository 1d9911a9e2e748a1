package extract

import "testing"

// TestSecretaryDepartment: an unnamed Secretary of State designating a
// group is the Department of State when the article names that
// department, and the United States when it does not.
func TestSecretaryDepartment(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "department named",
			text: "Rewards Offered for Gang Leaders\n\nThe State Department announced rewards for information on leaders of the Quellar Cartel, which smuggles cocaine into the United States.\n\nOn March 3, 2025, the Secretary of State designated the Quellar Cartel as a Foreign Terrorist Organization.",
			want: []string{"Department of State|designated|Quellar Cartel"},
			not:  []string{"United States|designated|Quellar Cartel"}},
		{name: "department not named",
			text: "Proclamation on the Quellar Cartel\n\nThe United States faces an invasion by the Quellar Cartel.\n\nOn March 3, 2025, the Secretary of State designated the Quellar Cartel as a Foreign Terrorist Organization.",
			want: []string{"United States|designated|Quellar Cartel"}},
		{name: "treasury",
			text: "Treasury Targets Cartel Financiers\n\nThe Department of the Treasury today acted against financiers of the Quellar Cartel in the United States.\n\nIn 2021, the Secretary of the Treasury designated the Quellar Cartel as a Specially Designated Global Terrorist.",
			want: []string{"Department of the Treasury|designated|Quellar Cartel"}},
	})
}
