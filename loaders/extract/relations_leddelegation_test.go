package extract

import "testing"

// TestLedStateDelegation: a state's delegation at a hosted meeting is the
// person said to lead it, when one is; an adverb may stand between the
// participle and its agent.
func TestLedStateDelegation(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a leader named before the state's delegation",
			text: "Deputy Minister Carla Ruiz led the Chilean delegation in a meeting hosted by Foreign Minister Tomas Hale of Peru.",
			want: []string{"Tomas Hale|metWith|Carla Ruiz"},
			not:  []string{"Tomas Hale|metWith|Chile"}},
		{name: "an adverb before the agent",
			text: "Deputy Secretary Mark Dunn led the U.S. delegation in a round of talks hosted virtually by Minister Rosa Vidal of Ecuador.",
			want: []string{"Rosa Vidal|metWith|Mark Dunn"},
			not:  []string{"United States|metWith|Rosa Vidal"}},
		{name: "no leader named: the state stays",
			text: "The Chilean delegation attended a meeting hosted by Foreign Minister Tomas Hale of Peru.",
			not:  []string{"Tomas Hale|metWith|Carla Ruiz"}},
	})
}

// TestDelegationLedByNamesNoBody: "a delegation led by X" makes X the
// delegation's leader, not the leader of a body named before it. The copy
// is invented.
func TestDelegationLedByNamesNoBody(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a service named before the delegation",
			text: "Defense Minister Ana Vidal and the commander of the Border Planning Command Navy Adm. Tomas Hale are in Lima today as part of a Chilean delegation led by Foreign Minister Carla Ruiz.",
			not:  []string{"Carla Ruiz|leads|Chilean Navy", "Carla Ruiz|leads|U.S. Navy", "Carla Ruiz|leads|Border Planning Command"}},
	})
}
