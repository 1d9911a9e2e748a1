package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestCoordinatedStates: two states' people named together as the subject
// of one act make the states cooperate; a statement, a negated act or an
// act of discord does not, nor do states named apart.
func TestCoordinatedStates(t *testing.T) {
	const lead = "Border News\n\nLIMA - The ministry spoke on Monday about Peru, Chile, Bolivia and Paraguay.\n\n"
	checkRelCases(t, []relCase{
		{name: "adjectives before authorities",
			text: lead + "Peruvian and Chilean authorities are jointly investigating the ambush.",
			want: []string{"Peru|cooperatesWith|Chile"}},
		{name: "modifiers before the people noun",
			text: lead + "Bolivian and Paraguayan law enforcement officials returned the fugitive last week.",
			want: []string{"Bolivia|cooperatesWith|Paraguay"}},
		{name: "a fronted date and a comma list",
			text: lead + "On May 2, Peruvian, Bolivian authorities seized a shipment near the lake.",
			want: []string{"Peru|cooperatesWith|Bolivia"}},
		{name: "a statement",
			text: lead + "Peruvian and Chilean officials said the talks would resume.",
			not:  []string{"Peru|cooperatesWith|Chile"}},
		{name: "a negated act",
			text: lead + "Peruvian and Chilean authorities did not investigate the ambush.",
			not:  []string{"Peru|cooperatesWith|Chile"}},
		{name: "discord",
			text: lead + "Bolivian and Paraguayan officials disagreed over the river.",
			not:  []string{"Bolivia|cooperatesWith|Paraguay"}},
		{name: "one state's people",
			text: lead + "Peruvian officials met Chilean envoys in Arica.",
			not:  []string{"Peru|cooperatesWith|Chile"}},
	})
}
