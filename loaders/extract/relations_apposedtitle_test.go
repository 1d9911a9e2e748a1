package extract

import "testing"

// TestApposedTitle: a group title in apposition to the person before it
// is that person's; a name after the group's starts something else (an
// attribution), and a title before a name still names it. All copy is
// invented.
func TestApposedTitle(t *testing.T) {
	checkRelCases(t, []relCase{
		{"attribution after the apposition",
			"Peru Sends Cartel Figures to U.S.\n\nLIMA — Peru sent 12 cartel figures to the United States, including Mario Soto Vela, a founder of the Los Tigres cartel, Peruvian Interior Minister Ana Ruiz Peña said.",
			[]string{"Mario Soto Vela|leads|Los Tigres"}, []string{"Ana Ruiz Peña|leads|Los Tigres"}},
		{"title before the name",
			"Cartel Boss Held\n\nPolice said the leader of the Los Tigres cartel, Mario Soto Vela, was arrested in Lima.",
			[]string{"Mario Soto Vela|leads|Los Tigres"}, nil},
	})
}
