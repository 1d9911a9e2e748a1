package extract

import "testing"

// TestStateForceKillings: a named person killed by a state's troops named
// only by the state's demonym is attacked by that state, when the article
// names the state: as the active subject, after "by", or through the
// state's operation after "during" or "in". A killing planned, denied or
// by another's troops is none. All copy is invented.
func TestStateForceKillings(t *testing.T) {
	const lead = "Ecuador and Bolivia have fought the Frente Andino rebels for years. "
	checkRelCases(t, []relCase{
		{name: "troops killed X",
			text: lead + "Ecuadorian troops killed Jorge Illescas Mora on Sunday near the border.",
			want: []string{"Ecuador|attacked|Jorge Illescas Mora"}},
		{name: "security forces killed X",
			text: lead + "Bolivian security forces killed Renata Quispe Aruni in a firefight.",
			want: []string{"Bolivia|attacked|Renata Quispe Aruni"}},
		{name: "killed by soldiers",
			text: lead + "Jorge Illescas Mora, a commander of the Frente Andino, was killed by Ecuadorian soldiers on Friday.",
			want: []string{"Ecuador|attacked|Jorge Illescas Mora"}},
		{name: "killed during a military operation",
			text: lead + "Officials say Jorge Illescas Mora was killed Monday during an Ecuadorian military operation in the jungle.",
			want: []string{"Ecuador|attacked|Jorge Illescas Mora"}},
		{name: "relative clause with an attack",
			text: lead + "The talks were led by Jorge Illescas Mora, who was killed last month during a Bolivian army raid on a camp.",
			want: []string{"Bolivia|attacked|Jorge Illescas Mora"}},
		{name: "planned killing",
			text: lead + "Ecuadorian troops planned to kill Jorge Illescas Mora.",
			not:  []string{"Ecuador|attacked|Jorge Illescas Mora"}},
		{name: "negated",
			text: lead + "Ecuadorian troops did not kill Jorge Illescas Mora, the army said.",
			not:  []string{"Ecuador|attacked|Jorge Illescas Mora"}},
		{name: "state not named",
			text: "The Frente Andino rebels lost a leader. Peruvian troops killed Jorge Illescas Mora on Sunday.",
			not:  []string{"Peru|attacked|Jorge Illescas Mora"}},
		{name: "soldiers captured X",
			text: lead + "Ecuadorian soldiers captured Jorge Illescas Mora near the border on Sunday.",
			want: []string{"Ecuador|arrested|Jorge Illescas Mora"}},
		{name: "detained by troops",
			text: lead + "Jorge Illescas Mora was detained by Bolivian troops in Cochabamba.",
			want: []string{"Bolivia|arrested|Jorge Illescas Mora"}},
		{name: "capture with the state's own agency named: that agency's",
			text: lead + "The Bolivian Navy led the search. Bolivian troops captured Jorge Illescas Mora on Sunday.",
			not:  []string{"Bolivia|arrested|Jorge Illescas Mora"}},
		{name: "killed by rebels",
			text: lead + "Jorge Illescas Mora was killed by rebels during an Ecuadorian military operation.",
			not:  []string{"Ecuador|attacked|Jorge Illescas Mora"}},
	})
}
