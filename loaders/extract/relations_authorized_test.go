package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestAuthorizedMissions: a body authorizing a mission supports it and
// the country it is for; a requested authorization, or a name that only
// modifies the mission, states no support.
func TestAuthorizedMissions(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "voted to authorize a mission for a country",
			text: "The UN Security Council voted on Thursday to authorize a larger Multinational Security Support Mission for Haiti.",
			want: []string{"United Nations Security Council|supports|Multinational Security Support Mission", "United Nations Security Council|supports|Haiti"}},
		{name: "passive with its agent",
			text: "The Multinational Security Support Mission, authorized by the UN Security Council two years ago, has struggled to contain the gangs.",
			want: []string{"United Nations Security Council|supports|Multinational Security Support Mission"}},
		{name: "agents of a participle are not the authorizer",
			text: "The UN Security Council adopted a text written by Chile and Peru to authorize the Multinational Security Support Mission for another year.",
			want: []string{"United Nations Security Council|supports|Multinational Security Support Mission"},
			not:  []string{"Peru|supports|Multinational Security Support Mission"}},
		{name: "a request",
			text: "Haiti renewed its request to the UN Security Council to authorize a larger Multinational Security Support Mission.",
			not:  []string{"United Nations Security Council|supports|Multinational Security Support Mission"}},
	})
}
