package extract

import "testing"

// TestSharedAgents: two to four states (or bodies, after a "co-"
// participle) named as the agent of one act cooperate, each with each;
// people, a long roll of states and a negated act state no cooperation.
func TestSharedAgents(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "co- participle, two states",
			text: "The council adopted the resolution co-penned by Chile and Uruguay to send a mission to Bolivia.",
			want: []string{"Chile|cooperatesWith|Uruguay"}},
		{name: "the governments of three states",
			text: "The forum was co-hosted by the Governments of Peru, Ecuador, and Paraguay with the support of the OAS.",
			want: []string{"Peru|cooperatesWith|Ecuador", "Peru|cooperatesWith|Paraguay", "Ecuador|cooperatesWith|Paraguay"}},
		{name: "a plain participle of states",
			text: "More details are in the joint statement released by Chile, Peru, and Uruguay.",
			want: []string{"Chile|cooperatesWith|Peru", "Chile|cooperatesWith|Uruguay", "Peru|cooperatesWith|Uruguay"}},
		{name: "a possessed body is the item, not its state",
			text: "The dialogue in Lima was co-hosted by the U.S. Department of the Treasury and Peru's Financial Intelligence Unit.",
			want: []string{"Department of the Treasury|cooperatesWith|Financial Intelligence Unit"},
			not:  []string{"Department of the Treasury|cooperatesWith|Peru"}},
		{name: "the list ends at a comma no name follows",
			text: "The resolution, proposed by Chile and Uruguay, passed with twelve votes.",
			want: []string{"Chile|cooperatesWith|Uruguay"}},
		{name: "persons sharing a task are no partners",
			text: "The case was jointly prosecuted by Trial Attorneys Marta Quiroga and Tomas Ibarra.",
			not:  []string{"Marta Quiroga|cooperatesWith|Tomas Ibarra"}},
		{name: "a long roll of states",
			text: "The text was released by Chile, Peru, Uruguay, Paraguay, and Bolivia.",
			not:  []string{"Chile|cooperatesWith|Peru"}},
		{name: "one state only",
			text: "The resolution proposed by Chile passed on Monday.",
			not:  []string{"Chile|cooperatesWith|Peru"}},
	})
}
